/** A list typed into one text field ("MWI, NER" or "Donor A; Donor B"), without blanks. */
export const splitList = (value: string, separator: RegExp) => value.split(separator).map((item) => item.trim()).filter(Boolean);
