// Numbers and dates for display, in the page's language. Intl formats relance's decimal
// strings directly (never a float computed here), so what is shown is what relance returned.
import { getLang, locale } from "./lang.js";

// Intl formatters are costly to build (a 250-client table formats 2 000 amounts): one per
// locale and kind, built on first use.
const formatters = new Map();
function formatter(kind, options) {
  const key = `${locale()} ${kind}`;
  if (!formatters.has(key)) formatters.set(key, kind.startsWith("date") ? new Intl.DateTimeFormat(locale(), options) : new Intl.NumberFormat(locale(), options));
  return formatters.get(key);
}

export function formatMoney(value) {
  return formatter("money", { style: "currency", currency: "EUR" }).format(value);
}
export function formatPercent(value) {
  const n = formatter("percent", { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(value);
  return getLang() === "fr" ? `${n}\u00a0%` : `${n}%`;
}
export function formatNumber(value, digits = 1) {
  return formatter(`number${digits}`, { maximumFractionDigits: digits }).format(value);
}
export function isoToDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
export function formatDate(iso) {
  return formatter("date", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(isoToDate(iso));
}
export function formatLongDate(iso) {
  return formatter("dateLong", { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(isoToDate(iso));
}
/** What a person types ("1 234,50" or "1,234.50") → what relance parses ("1234.50"). */
export function normaliseNumber(text) {
  const s = text.replace(/[\s\u00a0\u202f]/g, "");
  if (getLang() === "en" && s.includes(".")) return s.replace(/,/g, "");
  return s.replace(",", ".");
}
/** A real calendar date written YYYY-MM-DD. */
export function validDate(s) {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return isoToDate(s).toISOString().slice(0, 10) === s;
}
export function todayIso() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
export function addDays(iso, days) {
  const d = isoToDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** Exact sums of two-decimal strings, in integer cents (no float rounding). */
export function toCents(decimal) {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(decimal);
  if (!m) return NaN;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}
export const fromCents = (cents) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;
