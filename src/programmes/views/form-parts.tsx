/** A list typed into one text field ("MWI, NER" or "Donor A; Donor B"), without blanks. */
export const splitList = (value: string, separator: RegExp) => value.split(separator).map((item) => item.trim()).filter(Boolean);

/** A drop-down list whose id matches the Field label and the error summary's link. */
export const Choice = (props: { name: string; value: string; options: { value: string; label: string }[]; invalid: boolean }) => (
  <select id={`field-${props.name}`} name={props.name} aria-invalid={props.invalid ? 'true' : undefined}>
    {props.options.map((option) => <option value={option.value} selected={props.value === option.value}>{option.label}</option>)}
  </select>
);
