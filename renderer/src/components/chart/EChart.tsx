import { useEffect, useRef } from 'react';
import { useLanguage } from '../../i18n/useT';
import { init, type ChartOption, type EChartsType } from './echarts';
import './chart.css';

export interface EChartProps {
  /** Built with the palette of the current theme (useChartPalette), so a theme switch re-renders it. */
  option: ChartOption;
  /**
   * What the chart says, in words: the accessible name. A drawing is invisible to screen
   * readers (and to tests), so this must carry the data, not just the title.
   */
  label: string;
  /** Fixed height in pixels; without it the chart fills its container (give it a min-height). */
  height?: number;
  className?: string;
  /** A click on a data item (a bar, a point): its index in the series data. */
  onItemClick?(dataIndex: number): void;
}

/**
 * A small ECharts wrapper: one instance per mounted element (SVG renderer: crisp at any
 * zoom, no canvas memory), resized with its container, disposed on unmount. The element is
 * `role="img"` named by `label`; ECharts' own nodes are hidden from assistive technology.
 */
export function EChart({ option, label, height, className, onItemClick }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const click = useRef(onItemClick);
  click.current = onItemClick;
  const language = useLanguage();

  // One instance per element and language (ECharts' locale names its own built-in texts).
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg', locale: language === 'zh-CN' ? 'ZH' : 'EN' });
    instance.setOption(latest.current, { notMerge: true });
    instance.on('click', (params) => click.current?.(params.dataIndex));
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      if (!instance.isDisposed()) instance.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.current = null;
      instance.dispose();
    };
  }, [language]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      className={className ? `echart ${className}` : 'echart'}
      role="img"
      aria-label={label}
      style={height === undefined ? undefined : { height }}
    >
      <div ref={element} className="echart-canvas" aria-hidden="true" />
    </div>
  );
}
