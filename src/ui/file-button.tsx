// A button that opens the file picker and hands over the one file chosen. The input is reset
// after each pick, so choosing the same file again (after fixing it) fires again.
export interface FileButtonProps {
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

export function FileButton({ label, accept, disabled, onFile }: FileButtonProps) {
  return (
    <label className="button">
      {label}
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </label>
  );
}
