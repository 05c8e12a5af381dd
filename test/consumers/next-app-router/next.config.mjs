/** @type {import('next').NextConfig} */
const nextConfig = {
  // Nothing at build time may need the network (no next/font/google, no remote images).
  images: { unoptimized: true },
};

export default nextConfig;
