import { CloudServerOutlined } from '@ant-design/icons';

/** The product mark: decorative, the app name next to it says what it is. */
export function AppLogo({ size = 28 }: { size?: number }) {
  return (
    <span className="app-logo" style={{ width: size, height: size, fontSize: size * 0.58 }} aria-hidden>
      <CloudServerOutlined />
    </span>
  );
}
