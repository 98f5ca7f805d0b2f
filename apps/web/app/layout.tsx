import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import './globals.css';
import './panels.css';

export const metadata: Metadata = {
  title: '周口产业集聚区一张图',
  description: '2014年周口市加快产业集聚区建设专项工作方案 · 一张图',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
