import Glibc

/// CPU time (user and system) the calling thread has used so far, in seconds: what the suites
/// measure where wall-clock time would measure the machine's other load too.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
}
