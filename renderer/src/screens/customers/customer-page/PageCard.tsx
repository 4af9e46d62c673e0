import { useId, type ReactNode } from 'react';
import { Card } from 'antd';

interface PageCardProps {
  title: string;
  subtitle?: string;
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A card of the customer page: a region named by its h2, so it can be found by name. */
export function PageCard({ title, subtitle, extra, className, children }: PageCardProps) {
  const headingId = useId();
  return (
    <Card
      className={className ? `customer-card ${className}` : 'customer-card'}
      role="region"
      aria-labelledby={headingId}
      extra={extra}
      title={
        <div className="customer-card-title">
          <h2 className="card-heading" id={headingId}>
            {title}
          </h2>
          {subtitle && <span className="customer-card-subtitle">{subtitle}</span>}
        </div>
      }
    >
      {children}
    </Card>
  );
}
