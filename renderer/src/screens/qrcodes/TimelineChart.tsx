import { useEffect, useMemo, useState } from 'react';
import { Empty, Skeleton, Typography } from 'antd';
import type { QrTimeline } from '../../../../shared/qrcodes/schema';
import type { Language } from '../../../../shared/settings/schema';
import { EChart } from '../../components/chart/EChart';
import type { ChartOption } from '../../components/chart/echarts';
import { baseOption, useChartPalette, type ChartPalette } from '../../components/chart/palette';
import { invoke } from '../../ipc/client';
import { useLanguage, useT } from '../../i18n/useT';
import { useQrCodesStore } from '../../stores/qrcodes-list';

/** Stacked bars: customers associated per month, one series per code (its tag). */
export function timelineOption(t: QrTimeline, palette: ChartPalette): ChartOption {
  const base = baseOption(palette);
  return {
    ...base,
    grid: { left: 8, right: 12, top: t.series.length > 1 ? 28 : 12, bottom: 4, containLabel: true },
    tooltip: { ...base.tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend:
      t.series.length > 1
        ? { type: 'scroll', top: 0, textStyle: { color: palette.textSecondary }, itemWidth: 12, itemHeight: 8 }
        : undefined,
    xAxis: {
      type: 'category',
      data: t.months,
      axisLine: { lineStyle: { color: palette.axisLine } },
      axisLabel: { color: palette.textSecondary, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: palette.textSecondary },
      splitLine: { lineStyle: { color: palette.splitLine } },
    },
    series: t.series.map((s) => ({ type: 'bar', name: s.tag, stack: 'codes', barMaxWidth: 28, data: s.counts })),
  };
}

/** The chart in words, for screen readers and tests: "EXPO-001: 3 (2026-03: 2, 2026-04: 1)". */
export function timelineSummary(t: QrTimeline, language: Language): string {
  const n = new Intl.NumberFormat(language);
  return t.series
    .map((s) => {
      const total = s.counts.reduce((a, b) => a + b, 0);
      const months = s.counts.flatMap((c, i) => (c ? [`${t.months[i]}: ${n.format(c)}`] : [])).join(', ');
      return `${s.tag}: ${n.format(total)} (${months})`;
    })
    .join('; ');
}

/**
 * Associations per code over time: `ids` null = the ten codes that brought the most
 * customers, else those codes. Read again after every change of a code and every sync.
 */
export function TimelineChart({ ids, height }: { ids: string[] | null; height: number }) {
  const t = useT();
  const language = useLanguage();
  const palette = useChartPalette();
  const revision = useQrCodesStore((s) => s.revision);
  const [data, setData] = useState<QrTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = ids?.join(',') ?? '';

  useEffect(() => {
    let live = true;
    invoke('qrcodes.timeline', { ids: key ? key.split(',') : null }).then(
      (d) => live && (setData(d), setError(null)),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [key, revision]);

  const option = useMemo(() => (data ? timelineOption(data, palette) : null), [data, palette]);
  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  if (!data || !option) return <Skeleton active paragraph={{ rows: 3 }} title={false} />;
  if (data.series.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('qrcodes.chart.empty')} />;
  return (
    <EChart
      option={option}
      height={height}
      label={t('qrcodes.chart.aria', { summary: timelineSummary(data, language) })}
    />
  );
}
