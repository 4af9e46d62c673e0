import { useEffect, useRef, useState, type ReactNode } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';

interface SearchFieldProps {
  label: string;
  placeholder: string;
  /** The search the list applies now (from the store: coming back shows it again). */
  value: string;
  /** Called once typing pauses. */
  onSearch(text: string): void;
  invalid?: boolean;
  delayMs?: number;
  className?: string;
  /** Shown before the text; a search icon unless given. */
  prefix?: ReactNode;
}

/**
 * Search as you type: the list follows a short pause after the last key, not every key.
 * Enter and the clear button apply at once.
 */
export function SearchField({
  label,
  placeholder,
  value,
  onSearch,
  invalid,
  delayMs = 250,
  className,
  prefix = <SearchOutlined aria-hidden />,
}: SearchFieldProps) {
  const [text, setText] = useState(value);
  const applied = useRef(value);

  // The store changed it (filters cleared): show that.
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      setText(value);
    }
  }, [value]);

  const apply = (next: string) => {
    if (next === applied.current) return;
    applied.current = next;
    onSearch(next);
  };

  useEffect(() => {
    const timer = setTimeout(() => apply(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);

  // Leaving (or a remount) inside the pause still applies what was typed: it is never dropped.
  const latest = useRef({ text, apply });
  latest.current = { text, apply };
  useEffect(() => () => latest.current.apply(latest.current.text), []);

  return (
    <Input
      role="searchbox"
      className={className}
      aria-label={label}
      placeholder={placeholder}
      prefix={prefix}
      allowClear
      value={text}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        setText(e.target.value);
        if (e.type !== 'change') apply(e.target.value); // the clear button
      }}
      onPressEnter={() => apply(text)}
    />
  );
}
