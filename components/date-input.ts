// Values for <input type="date"> / "datetime-local", in the user's local time.
const pad = (n: number) => String(n).padStart(2, '0');

/** yyyy-mm-dd of a date in local time, as `<input type=date>` wants it. */
export const toDateValue = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** yyyy-mm-ddThh:mm in local time, as `<input type=datetime-local>` wants it. */
export const toDateTimeValue = (d: Date): string => `${toDateValue(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
