import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Channel, Project } from '../../../server/protocol/projects';
import { prepareBlameCheck } from '../state/blameCheck';
import { loadOlder, markRead, messagesByChannel, olderCursor, openChannel } from '../state/chat';

/** How close to the bottom (px) still counts as "reading the newest messages". */
const NEAR_BOTTOM = 120;

/**
 * A room's message log: opens the channel, loads older messages when scrolled to the top (or
 * with the button) keeping the reading position, follows new messages only when the person is
 * at the bottom, and marks what they saw as read.
 */
export function useMessageLog(channel: Channel, shared: Project | undefined, waiting: number) {
  const listRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const keepFromBottom = useRef<number | null>(null);
  const stickToBottom = useRef(true);
  const [atBottom, setAtBottom] = useState(true);
  const loadingOlder = useRef(false);
  const messages = messagesByChannel.value[channel.id] ?? [];
  const hasOlder = Boolean(olderCursor.value[channel.id]);
  const last = messages[messages.length - 1];

  useEffect(() => {
    stickToBottom.current = true;
    void openChannel(channel.id);
    if (shared) prepareBlameCheck(shared.id);
  }, [channel.id]);

  async function older() {
    const list = listRef.current;
    if (!list || loadingOlder.current || !olderCursor.value[channel.id]) return;
    loadingOlder.current = true;
    keepFromBottom.current = list.scrollHeight - list.scrollTop;
    try {
      await loadOlder(channel.id);
    } finally {
      loadingOlder.current = false;
    }
  }

  // Older messages were added above: keep what the person was reading in the same place.
  const first = messages[0]?.seq;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || keepFromBottom.current === null) return;
    list.scrollTop = list.scrollHeight - keepFromBottom.current;
    keepFromBottom.current = null;
  }, [first]);

  // Newer messages: follow them when at the bottom; mark them read.
  const newest = last?.seq ?? 0;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && stickToBottom.current) list.scrollTop = list.scrollHeight;
    if (newest > channel.lastReadSeq && stickToBottom.current) markRead(channel.id, newest);
  }, [newest, waiting]);

  useLoadOlderAtTop(listRef, topRef, hasOlder, channel.id, older);

  function onScroll() {
    const list = listRef.current;
    if (!list) return;
    stickToBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_BOTTOM;
    if (stickToBottom.current !== atBottom) setAtBottom(stickToBottom.current);
    if (stickToBottom.current && newest > channel.lastReadSeq) markRead(channel.id, newest);
  }

  function jumpToNewest() {
    const list = listRef.current;
    stickToBottom.current = true;
    setAtBottom(true);
    if (list) list.scrollTop = list.scrollHeight;
    markRead(channel.id, newest);
  }

  /** The person acts (sends, chooses): show them the newest messages again. */
  function follow() {
    stickToBottom.current = true;
  }

  const unseen = !atBottom && newest > channel.lastReadSeq;
  return { messages, listRef, topRef, hasOlder, older, onScroll, jumpToNewest, follow, unseen };
}

/** Reaching the top loads older messages by itself. */
function useLoadOlderAtTop(
  listRef: { current: HTMLDivElement | null },
  topRef: { current: HTMLDivElement | null },
  hasOlder: boolean,
  channelId: string,
  older: () => Promise<void>,
) {
  useEffect(() => {
    const list = listRef.current;
    const top = topRef.current;
    if (!list || !top || !hasOlder || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && list.scrollHeight > list.clientHeight)
          void older();
      },
      { root: list, rootMargin: '200px 0px 0px 0px' },
    );
    observer.observe(top);
    return () => observer.disconnect();
  }, [hasOlder, channelId]);
}
