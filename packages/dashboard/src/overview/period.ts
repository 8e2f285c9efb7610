/** The overview's period (`?period=`): all time, the last 12 months, or a calendar year. */
export interface Period {
  dateFrom?: string;
  dateTo?: string;
  label: string;
}

export function parsePeriod(value: string, today = new Date()): Period {
  if (/^\d{4}$/.test(value)) return { dateFrom: `${value}-01-01`, dateTo: `${value}-12-31`, label: value };
  if (value === "12m") {
    const from = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
    return { dateFrom: from.toISOString().slice(0, 10), label: "the last 12 months" };
  }
  return { label: "all time" };
}

/** The choices offered: all time, last 12 months, then each year back to `firstYear`. */
export function periodOptions(today = new Date(), firstYear = 2017): Array<{ value: string; label: string }> {
  const years = [];
  for (let y = today.getUTCFullYear(); y >= firstYear; y--) years.push({ value: String(y), label: String(y) });
  return [{ value: "", label: "All time" }, { value: "12m", label: "Last 12 months" }, ...years];
}
