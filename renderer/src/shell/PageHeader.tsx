import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

interface PageHeaderProps {
  title: string;
  description?: string;
  extra?: ReactNode;
}

/** Every screen starts with one h1: tests and screen readers find the screen by it. */
export function PageHeader({ title, description, extra }: PageHeaderProps) {
  return (
    <Flex className="page-header" align="flex-start" justify="space-between" gap={16}>
      <div>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {description && (
          <Typography.Text type="secondary" className="page-description">
            {description}
          </Typography.Text>
        )}
      </div>
      {extra}
    </Flex>
  );
}
