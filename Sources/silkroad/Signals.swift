// Signal handling for the REPL: Ctrl-C interrupts the line being typed; SIGTERM and SIGHUP end the
// session cleanly (history saved, terminal restored). Handlers only set flags; the loop acts.
#if canImport(Glibc)
  import Glibc
#endif

nonisolated(unsafe) var pendingSignal: sig_atomic_t = 0

enum Signals {
  /// Installs handlers without SA_RESTART, so a blocked read returns EINTR and the loop sees the flag.
  static func install() {
    // A parent may have started us with these blocked (the mask survives exec); unblock them.
    var set = sigset_t()
    sigemptyset(&set)
    for sig in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, sig) }
    sigprocmask(SIG_UNBLOCK, &set, nil)
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signo in pendingSignal = signo }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(sig, &action, nil)
    }
  }

  /// Takes the pending signal, if any.
  static func take() -> Int32 {
    let s = pendingSignal
    pendingSignal = 0
    return s
  }

  /// Ends the process the way the signal would have, after cleanup.
  static func reraise(_ sig: Int32) -> Never {
    signal(sig, SIG_DFL)
    raise(sig)
    Glibc.exit(128 + sig)
  }
}
