/// Something that happened, fed to `ConsoleShell.reduce`. Named for the event, not the intent.
public enum Action: Hashable, Sendable {
    /// The user pressed a key.
    case keyPressed(Key)
    /// The mouse clicked or scrolled (`MouseRouter` turns it into the keys that do the same).
    case mouse(MouseEvent)
    /// The terminal changed size.
    case terminalResized(Size)
    /// SIGINT arrived from outside the keyboard (e.g. `kill -INT`): treated like Ctrl-C.
    case interruptReceived
    /// An effect finished; the result goes to `page`.
    case effectFinished(page: PageID, result: EffectResult)
}
