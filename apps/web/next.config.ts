import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The workspace packages export TypeScript source (Zhoukou's extent, the Period type).
  transpilePackages: ['@atlas/data', '@atlas/geo'],
};

export default config;
