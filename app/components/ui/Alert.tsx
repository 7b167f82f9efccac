// A message box: info, success or error; errors are announced to screen readers.
export function Alert({
  tone = "info",
  children,
  id,
}: {
  tone?: "info" | "success" | "error";
  children: React.ReactNode;
  id?: string;
}) {
  return (
    <div id={id} className={`alert alert-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
