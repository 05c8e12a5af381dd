import '@vvchat/ui/styles.css';

export const metadata = { title: 'VVChat consumer: Next.js App Router' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
