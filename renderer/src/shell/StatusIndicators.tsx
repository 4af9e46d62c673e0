import { ApiOutlined, CloudSyncOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip } from 'antd';
import { useT } from '../i18n/useT';
import { useConnectionStore } from '../stores/connection';

/**
 * The header's live status: sync (a placeholder until sync lands), the machine's network,
 * and the link to the core. A polite live region so a screen reader hears changes.
 */
export function StatusIndicators() {
  const t = useT();
  const online = useConnectionStore((s) => s.online);
  const linkDown = useConnectionStore((s) => s.link !== 'open' && s.dropped);

  return (
    <Flex role="status" aria-live="polite" aria-label={t('status.region')} gap={4} align="center" wrap>
      {linkDown && (
        <Tag color="error" icon={<ApiOutlined aria-hidden />} className="status-tag">
          {t('status.disconnected')}
        </Tag>
      )}
      {!online && (
        <Tooltip title={t('status.offlineHint')}>
          <Tag color="warning" icon={<DisconnectOutlined aria-hidden />} className="status-tag">
            {t('status.offline')}
          </Tag>
        </Tooltip>
      )}
      <Tooltip title={t('status.notSyncedHint')}>
        <Tag icon={<CloudSyncOutlined aria-hidden />} className="status-tag">
          {t('status.notSynced')}
        </Tag>
      </Tooltip>
    </Flex>
  );
}
