import { useEffect, useState } from 'react';
import { ApiPaths } from '../../../contracts/routes';
import type { LinkPreviewResultDto } from './apiTypes';
import type { ApiError } from '../api/client';
import { isValidUrl } from './composerModel';
import { useDebounced } from './useDebounced';
import { useSession } from './useSession';

/** The preview of the URL being typed. */
export type LinkPreviewState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; result: LinkPreviewResultDto }
  | { status: 'error'; url: string; error: ApiError };

/**
 * Asks the server what a link will look like (title, image, or the video player), once the URL has
 * stopped changing for half a second: one request per URL people settle on, not per keystroke.
 */
export function useLinkPreview(url: string): LinkPreviewState {
  const { api } = useSession();
  const settled = useDebounced(url.trim(), 500);
  const [state, setState] = useState<LinkPreviewState>({ status: 'idle' });
  const valid = isValidUrl(settled);
  useEffect(() => {
    if (!valid) return;
    let active = true;
    api.send<LinkPreviewResultDto>('POST', ApiPaths.linkPreview, { url: settled }).then(
      (result) => active && setState({ status: 'ready', url: settled, result }),
      (error: ApiError) => active && setState({ status: 'error', url: settled, error }),
    );
    return () => {
      active = false;
    };
  }, [api, settled, valid]);
  if (!valid) return { status: 'idle' };
  // Until the answer for this URL arrives, an older answer is not shown for it.
  if (state.status === 'idle' || state.url !== settled || settled !== url.trim())
    return { status: 'loading', url: settled };
  return state;
}
