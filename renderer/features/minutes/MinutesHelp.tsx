import { useDeviceFlag } from '../../data/useDeviceFlag';
import { Keys, shortcutKeys } from '../../ui/Keys';

/**
 * The minute-taker's reassurance and the editor's shortcuts, open at first: a shortcut nobody
 * can see is a shortcut nobody uses. Once learnt, it folds to one line so that more than one
 * item fits on a laptop screen, and stays folded on this device. Editors point at its text
 * with aria-describedby, which a screen reader reads folded or not.
 */
export function MinutesHelp({ id }: { id: string }) {
  const [open, setOpen] = useDeviceFlag('minutes-help-open', true);
  return (
    <details
      className="minutes-help"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="minutes-help-summary">Saving and keyboard shortcuts</summary>
      <div id={id} className="minutes-help-body">
        <p className="minutes-help-saved">
          Type the notes under each item as the meeting goes. Every keystroke is saved on this
          device as you type, even offline, so there is no Save button.
        </p>
        <ul className="minutes-help-keys">
          <li>
            <Keys keys={shortcutKeys('Mod', 'Shift', 'A')} /> make an action from the selected text
            or the current line
          </li>
          <li>
            <Keys keys={['Tab']} /> and <Keys keys={['Shift', 'Tab']} /> indent or outdent a point
            in a list
          </li>
          <li>
            <Keys keys={shortcutKeys('Mod', 'B')} /> bold, <Keys keys={shortcutKeys('Mod', 'I')} />{' '}
            italic, <Keys keys={shortcutKeys('Mod', 'K')} /> link
          </li>
          <li>
            <Keys keys={['Alt', 'F10']} /> go to the item’s toolbar
          </li>
        </ul>
      </div>
    </details>
  );
}
