/// <reference types="next" />
/// <reference types="next/image-types/global" />

// Style sheets are imported for their side effect; Next bundles them.
declare module '*.css';
