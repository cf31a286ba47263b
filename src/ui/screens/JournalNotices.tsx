/**
 * Notes above the journal list about stored records that cannot be shown. Two different
 * causes get two different notes, because what the person should do differs: damaged
 * records need a backup; records from a newer Tend only need Tend updated on this device.
 */

/** Says plainly that some entries could not be opened, and that they were kept. */
export function DamagedNotice({ count }: { count: number }) {
  const what = count === 1 ? '1 entry' : `${count} entries`;
  return (
    <p class="damaged" role="note">
      {what} couldn’t be opened: the stored data is damaged. Tend keeps {count === 1 ? 'it' : 'them'} untouched
      rather than show garbage; a backup made before the damage can bring {count === 1 ? 'it' : 'them'} back.
    </p>
  );
}

/**
 * Some records were saved by a newer version of Tend (another device or tab already updated):
 * nothing is wrong with them, this version just cannot read them. They are kept exactly as stored.
 */
export function NewerVersionNotice({ count }: { count: number }) {
  const what = count === 1 ? '1 entry was' : `${count} entries were`;
  return (
    <p class="newer-version" role="note">
      {what} saved by a newer version of Tend. Update Tend on this device to open {count === 1 ? 'it' : 'them'} (reload
      the page, or close every Tend tab and open it again). {count === 1 ? 'It is' : 'They are'} kept safe: this
      version never changes or deletes {count === 1 ? 'it' : 'them'}.
    </p>
  );
}
