interface PersonNameProps {
  id: string;
  name: string | null | undefined;
}

/** A person's name with their employee id beneath it; just the id when the name is not known. */
export function PersonName({ id, name }: PersonNameProps) {
  if (!name || name === id) return <span>{id}</span>;
  return (
    <>
      <span>{name}</span>
      <span className="cell-sub">{id}</span>
    </>
  );
}
