import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { closedStatuses } from '../../protocol/defects';
import { publicRoleOf } from '../../protocol/roles';
import { intlLocale } from '../../protocol/dates';
import { DEFAULT_TIME_ZONE, fromLocal, toLocal } from '../activities/time';
import { defectRef, type DefectRecord } from './cases';

/** What an export needs besides the case: where photos live, the language, who repairs. */
export interface ExportContext {
  /** The server's public address, for absolute photo links. */
  publicUrl: string;
  locale: Locale;
  /** The housing corporation on the buurtkaart, if any. */
  agency: string | null;
  /** Export time (printed on the HTML). */
  now: Date;
}

/**
 * A service request as Open311 GeoReport v2 names its fields (GET service_requests), so a
 * corporation system that takes in Open311 can read it. `status` is Open311's `open`/`closed`;
 * our own finer status and the rest live under `buurtkamer`. Datetimes are ISO 8601 (W3C);
 * `expected_datetime` is the planned repair day as a datetime: its start in Dutch local time,
 * with the offset (`2025-03-14T00:00:00+01:00`), as the GeoReport v2 spec asks.
 */
export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: 'defect.shared_space' | 'defect.unit';
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string;
  address_id: string | null;
  zipcode: null;
  lat: null;
  long: null;
  media_url: string | null;
  buurtkamer: {
    ref: string;
    project: string;
    status: string;
    urgency: string;
    urgent_kind: string | null;
    since: string;
    reporters: number;
    me_too: number;
    reject_reason: string | null;
    media_urls: string[];
    history: { status: string; at: string; by_role: string | null; note: string | null }[];
  };
}

function placeText(record: DefectRecord, locale: Locale): string {
  if (record.defect.placeKind === 'space') return record.spaceName ?? '';
  return record.defect.unitLabel
    ? t(locale, 'defects.place.unit', { unit: record.defect.unitLabel })
    : t(locale, 'defects.place.own_home');
}

/**
 * A planned day (`YYYY-MM-DD`) as an ISO 8601 datetime: the start of that day in the Netherlands,
 * with its UTC offset (+01:00 in winter, +02:00 in summer).
 */
export function expectedDatetime(plannedFor: string | null): string | null {
  if (!plannedFor) return null;
  const start = fromLocal(`${plannedFor}T00:00`, DEFAULT_TIME_ZONE);
  const wall = toLocal(start, DEFAULT_TIME_ZONE);
  const offset = Math.round((Date.parse(`${wall}:00Z`) - start.getTime()) / 60_000);
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${wall}:00${offset < 0 ? '-' : '+'}${hhmm}`;
}

const photoUrl = (ctx: ExportContext, id: string) => `${ctx.publicUrl}/api/defect-photos/${id}`;

export function toOpen311(record: DefectRecord, ctx: ExportContext): Open311Request {
  const { defect } = record;
  const closed = closedStatuses.includes(defect.status);
  const media = record.photos.map((p) => photoUrl(ctx, p.id));
  return {
    service_request_id: defect.id,
    status: closed ? 'closed' : 'open',
    status_notes: defect.status === 'rejected' ? defect.rejectReason : defect.statusNote,
    service_name: t(
      ctx.locale,
      defect.placeKind === 'space' ? 'defects.export.service_space' : 'defects.export.service_unit',
    ),
    service_code: defect.placeKind === 'space' ? 'defect.shared_space' : 'defect.unit',
    description: defect.what,
    agency_responsible: ctx.agency,
    service_notice: defect.urgentKind
      ? `${t(ctx.locale, 'defects.urgency.urgent')}: ${t(ctx.locale, `defects.urgent_kind.${defect.urgentKind}`)}`
      : defect.urgency === 'urgent'
        ? t(ctx.locale, 'defects.urgency.urgent')
        : null,
    requested_datetime: defect.createdAt.toISOString(),
    updated_datetime: defect.updatedAt.toISOString(),
    expected_datetime: expectedDatetime(defect.plannedFor),
    address: `${record.projectName}, ${placeText(record, ctx.locale)}`,
    address_id: defect.spaceId ?? defect.unitId,
    zipcode: null,
    lat: null,
    long: null,
    media_url: media[0] ?? null,
    buurtkamer: {
      ref: defectRef(defect.number),
      project: record.projectName,
      status: defect.status,
      urgency: defect.urgency,
      urgent_kind: defect.urgentKind,
      since: defect.since,
      reporters: record.reporters.length,
      me_too: Math.max(0, record.reporters.length - 1),
      reject_reason: defect.rejectReason,
      media_urls: media,
      history: record.history.map((h) => ({
        status: h.toStatus,
        at: h.createdAt.toISOString(),
        by_role: h.actorRole ? publicRoleOf[h.actorRole] : null,
        note: h.note,
      })),
    },
  };
}

// ---- printable HTML -----------------------------------------------------------------------

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The printable page's look. Served as its own file (`/api/defects/print.css`): the app's strict
 * Content-Security-Policy allows no inline style, and the page has no script at all.
 */
export const printCss = [
  'body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1f2a27;line-height:1.5}',
  'h1{font-size:1.5rem;margin-bottom:.25rem}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem}',
  'dt{font-weight:700}dd{margin:0;white-space:pre-wrap}',
  'ol{padding-left:1.2rem}img{max-width:100%;height:auto;border:1px solid #cfd8d4;margin:.5rem 0}',
  '.urgent{color:#a1281c;font-weight:700}footer{margin-top:2rem;color:#4d5b57;font-size:.9rem}',
  '@media print{body{margin:0;max-width:none}}',
].join('\n');

function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'UTC',
    dateStyle: 'long',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** A printable page for the corporation; every value is escaped, there is no script. */
export function toHtml(record: DefectRecord, ctx: ExportContext): string {
  const { defect } = record;
  const { locale } = ctx;
  const L = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) =>
    escapeHtml(t(locale, key, params));
  const none = L('defects.export.none');
  const row = (label: string, value: string) => `<dt>${label}</dt><dd>${value}</dd>`;
  const urgency =
    defect.urgency === 'urgent'
      ? `<span class="urgent">${L('defects.urgency.urgent')}${
          defect.urgentKind ? `: ${L(`defects.urgent_kind.${defect.urgentKind}`)}` : ''
        }</span>`
      : L('defects.urgency.normal');
  const rows = [
    row(L('defects.export.project'), escapeHtml(record.projectName)),
    row(L('defects.export.place'), escapeHtml(placeText(record, locale))),
    row(L('defects.export.what'), escapeHtml(defect.what)),
    row(L('defects.export.since'), L(`defects.since.${defect.since}`)),
    row(L('defects.export.urgency'), urgency),
    row(L('defects.export.status'), L(`defects.status.${defect.status}`)),
    row(L('defects.export.status_note'), defect.statusNote ? escapeHtml(defect.statusNote) : none),
  ];
  if (defect.rejectReason)
    rows.push(row(L('defects.export.reject_reason'), escapeHtml(defect.rejectReason)));
  rows.push(
    row(
      L('defects.export.planned'),
      defect.plannedFor ? escapeHtml(formatDate(defect.plannedFor, locale)) : none,
    ),
    row(L('defects.export.reporters'), String(record.reporters.length)),
    row(L('defects.export.requested'), escapeHtml(formatDateTime(defect.createdAt, locale))),
    row(L('defects.export.updated'), escapeHtml(formatDateTime(defect.updatedAt, locale))),
  );
  const history = record.history
    .map((h) => {
      const who = h.actorRole ? ` (${escapeHtml(publicRoleOf[h.actorRole])})` : '';
      const note = h.note ? `: ${escapeHtml(h.note)}` : '';
      const planned = h.plannedFor
        ? ` - ${L('defects.web.planned', { date: formatDate(h.plannedFor, locale) })}`
        : '';
      return `<li>${escapeHtml(formatDateTime(h.createdAt, locale))}: ${L(`defects.status.${h.toStatus}`)}${who}${note}${planned}</li>`;
    })
    .join('');
  const photos = record.photos
    .map(
      (p) =>
        `<img src="/api/defect-photos/${escapeHtml(p.id)}" alt="${L('defects.web.photo_alt', { ref: defectRef(defect.number) })}">`,
    )
    .join('');
  const title = L('defects.export.title', { ref: defectRef(defect.number) });
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title><link rel="stylesheet" href="/api/defects/print.css"></head>`,
    '<body><main>',
    `<h1>${title}</h1>`,
    `<dl>${rows.join('')}</dl>`,
    `<h2>${L('defects.export.history')}</h2><ol>${history}</ol>`,
    photos ? `<h2>${L('defects.export.photos')}</h2>${photos}` : '',
    `<footer>${L('defects.export.printed', { date: formatDateTime(ctx.now, locale) })}</footer>`,
    '</main></body></html>',
  ].join('\n');
}

// ---- CSV ----------------------------------------------------------------------------------

export const csvColumns = [
  'service_request_id',
  'ref',
  'status',
  'status_label',
  'urgency',
  'urgent_kind',
  'place',
  'description',
  'since',
  'reporters',
  'me_too',
  'expected_datetime',
  'status_notes',
  'requested_datetime',
  'updated_datetime',
] as const;

/**
 * One CSV field (RFC 4180): always quoted, quotes doubled. Text that a spreadsheet would run as
 * a formula (starting with = + - @ or a tab) gets a leading apostrophe.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The project's cases as CSV (UTF-8 with a BOM, so spreadsheets read the accents right). */
export function toCsv(records: DefectRecord[], ctx: ExportContext): string {
  const lines = [csvColumns.join(',')];
  for (const record of records) {
    const { defect } = record;
    const values: Record<(typeof csvColumns)[number], string | number | null> = {
      service_request_id: defect.id,
      ref: defectRef(defect.number),
      status: defect.status,
      status_label: t(ctx.locale, `defects.status.${defect.status}`),
      urgency: defect.urgency,
      urgent_kind: defect.urgentKind,
      place: placeText(record, ctx.locale),
      description: defect.what,
      since: defect.since,
      reporters: record.reporters.length,
      me_too: Math.max(0, record.reporters.length - 1),
      expected_datetime: expectedDatetime(defect.plannedFor),
      status_notes: defect.status === 'rejected' ? defect.rejectReason : defect.statusNote,
      requested_datetime: defect.createdAt.toISOString(),
      updated_datetime: defect.updatedAt.toISOString(),
    };
    lines.push(csvColumns.map((c) => csvField(values[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
