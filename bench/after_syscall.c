/*
 * What one syscall costs the code that runs after it, on this machine: the time to read K cache
 * lines after getppid(), minus the same reads without the syscall, minus the bare syscall. The
 * kernel's work (and, with PTI on a CPU without PCID, a TLB flush on every entry and exit) leaves
 * the caller's caches and TLB cold, so each line or page the caller touches next costs more.
 * A JNA call touches many more of them than C does (JIT code, JNI wrapper, libffi,
 * libjnidispatch, thread state): this is the part of the bare-JNA column that CallBench, a JNA
 * call with no syscall, does not show.
 *
 *   after_syscall ITER   prints "after_syscall<TAB>lines|pages<TAB>K<TAB>extra ns<TAB>ns each"
 *                        for K lines in consecutive lines, or each on its own page
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define MAXK 64
#define PAGE_STRIDE (8 * 4096) /* one page in every 8: no two share a page-table cache line */

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static volatile char *mem;
static volatile long sink;

/* ns per iteration of: an optional getppid(), then one read from each of k lines, stride apart. */
static double loop(long iter, int k, size_t stride, int syscall) {
    double t0 = now();
    for (long i = 0; i < iter; i++) {
        if (syscall)
            sink += getppid();
        for (int j = 0; j < k; j++)
            sink += mem[j * stride];
    }
    return (now() - t0) * 1e9 / iter;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    long iter = argc > 1 ? atol(argv[1]) : 100000;
    enum { RUNS = 5 };
    mem = mmap(NULL, (size_t)MAXK * PAGE_STRIDE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    for (size_t j = 0; j < (size_t)MAXK * PAGE_STRIDE; j += 64)
        mem[j] = 1;
    struct { const char *what; size_t stride; } kinds[] = {{"lines", 64}, {"pages", PAGE_STRIDE}};
    int ks[] = {16, 64};
    for (int w = 0; w < 2; w++) {
        for (int n = 0; n < 2; n++) {
            double extra[RUNS];
            for (int r = 0; r < RUNS; r++) /* median of RUNS, each with its own baselines */
                extra[r] = loop(iter, ks[n], kinds[w].stride, 1) - loop(iter, ks[n], kinds[w].stride, 0) -
                           loop(iter, 0, 0, 1);
            qsort(extra, RUNS, sizeof extra[0], cmp);
            printf("after_syscall\t%s\t%d\t%.0f\t%.1f\n", kinds[w].what, ks[n], extra[RUNS / 2], extra[RUNS / 2] / ks[n]);
        }
    }
    return 0;
}
