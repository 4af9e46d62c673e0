import { useEffect } from 'react';
import { ApiOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/useT';
import { SyncStateTag } from '../screens/sync/SyncStateTag';
import { useConnectionStore } from '../stores/connection';
import { useSyncStore } from '../stores/sync';

/**
 * The header's live status: sync (links to the sync screen), the machine's network, and
 * the link to the core. A polite live region so a screen reader hears changes.
 */
export function StatusIndicators() {
  const t = useT();
  const online = useConnectionStore((s) => s.online);
  const linkDown = useConnectionStore((s) => s.link !== 'open' && s.dropped);
  const initSync = useSyncStore((s) => s.init);
  const syncKnown = useSyncStore((s) => s.status !== null);

  // The header lives as long as the shell: the sync store follows the core's events from here.
  useEffect(() => initSync(), [initSync]);

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
      {syncKnown && (
        <Link to="/sync" className="status-sync-link">
          <SyncStateTag className="status-tag" />
        </Link>
      )}
    </Flex>
  );
}
