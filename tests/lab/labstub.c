/*
 * labstub: the one small program behind every stand-in process of the
 * Portolan lab (tests/lab/lab compiles it at `up`, into the state dir).
 *
 * It has three modes:
 *
 *  - PID 1 of a node's PID namespace: a minimal init that reaps orphans and
 *    exits on SIGTERM / SIGINT (the kernel then kills the whole namespace).
 *
 *  - `labstub --lab-spawn EXE ARGV0 [ARG...]`: fork, let the parent exit,
 *    and in the child call setsid() and execv(EXE, [ARGV0, ARG...]). Used to
 *    start a service detached, re-parented to the node's init, with a chosen
 *    argv[0] (so the command line is exactly Ray's even when the file that
 *    runs is a copy of this stub).
 *
 *  - anything else: a stand-in service. Its whole configuration arrives on
 *    stdin (so neither its command line nor its environment carries anything
 *    that a real Ray process would not have), one directive per line:
 *
 *      listen PROTO ADDRESS PORT [http]
 *          PROTO: tcp (IPv4), tcp6 (IPv6, dual-stack: IPV6_V6ONLY=0),
 *                 tcp6only (IPV6_V6ONLY=1), udp, udp6, udp6only
 *      title TEXT        rewrite the process title (argv area + PR_SET_NAME),
 *                        the way setproctitle does for `ray::IDLE` workers
 *      ready_fd N        after binding, write "ok <pid>\n" (or "err <msg>\n")
 *                        to fd N and close it
 *      version_json TEXT body of the answer to `GET /api/version` on http
 *                        listeners
 *
 *    Then it accepts connections and closes them (http listeners answer one
 *    small HTTP/1.0 response first).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_LISTEN 64

struct listener {
    int fd;
    int is_udp;
    int is_http;
    char desc[96];
};

static struct listener listeners[MAX_LISTEN];
static int n_listeners;
static int ready_fd = -1;
static char *version_json;

static void report(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (ready_fd >= 0) {
        ssize_t r = write(ready_fd, buf, strlen(buf));
        (void)r;
    }
    fputs(buf, stderr);
}

static void fail(const char *fmt, ...)
{
    char buf[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    report("err %s\n", buf);
    exit(1);
}

/* ---------------------------------------------------------------- init -- */

static void on_signal(int sig) { (void)sig; }

static int run_init(void)
{
    sigset_t set;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGCHLD, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    sigprocmask(SIG_BLOCK, &set, NULL);
    for (;;) {
        int sig = sigwaitinfo(&set, NULL);
        if (sig == SIGTERM || sig == SIGINT)
            return 0;
        while (waitpid(-1, NULL, WNOHANG) > 0) {
        }
    }
}

/* --------------------------------------------------------------- spawn -- */

static int run_spawn(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: labstub --lab-spawn EXE ARGV0 [ARG...]\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid > 0)
        return 0;
    setsid();
    execv(argv[2], &argv[3]);
    fprintf(stderr, "labstub: exec %s: %s\n", argv[2], strerror(errno));
    _exit(127);
}

/* ------------------------------------------------------------- service -- */

static void set_title(int argc, char **argv, const char *title)
{
    char *start = argv[0];
    char *end = argv[argc - 1] + strlen(argv[argc - 1]); /* the final NUL */
    size_t area = (size_t)(end - start) + 1;
    size_t len = strlen(title);
    if (len >= area)
        len = area - 1;
    memset(start, 0, area);
    memcpy(start, title, len);
    /* Like setproctitle: a non-NUL last byte tells the kernel to report the
     * title up to its first NUL instead of the whole original area. */
    if (len + 1 < area)
        start[area - 1] = '.';
    char comm[16];
    snprintf(comm, sizeof comm, "%s", title);
    prctl(PR_SET_NAME, comm, 0, 0, 0);
}

static void add_listener(const char *proto, const char *addr, int port, int http)
{
    if (n_listeners >= MAX_LISTEN)
        fail("too many listeners");
    int v6 = strncmp(proto, "tcp6", 4) == 0 || strncmp(proto, "udp6", 4) == 0;
    int v6only = strstr(proto, "only") != NULL;
    int udp = strncmp(proto, "udp", 3) == 0;
    if (strcmp(proto, "tcp") && strcmp(proto, "tcp6") && strcmp(proto, "tcp6only") &&
        strcmp(proto, "udp") && strcmp(proto, "udp6") && strcmp(proto, "udp6only"))
        fail("unknown protocol %s", proto);
    int fd = socket(v6 ? AF_INET6 : AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, 0);
    if (fd < 0)
        fail("socket: %s", strerror(errno));
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int rc;
    if (v6) {
        int opt = v6only;
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &opt, sizeof opt);
        struct sockaddr_in6 sa;
        memset(&sa, 0, sizeof sa);
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons((unsigned short)port);
        if (inet_pton(AF_INET6, addr, &sa.sin6_addr) != 1)
            fail("bad IPv6 address %s", addr);
        rc = bind(fd, (struct sockaddr *)&sa, sizeof sa);
    } else {
        struct sockaddr_in sa;
        memset(&sa, 0, sizeof sa);
        sa.sin_family = AF_INET;
        sa.sin_port = htons((unsigned short)port);
        if (inet_pton(AF_INET, addr, &sa.sin_addr) != 1)
            fail("bad IPv4 address %s", addr);
        rc = bind(fd, (struct sockaddr *)&sa, sizeof sa);
    }
    if (rc < 0)
        fail("bind %s %s port %d: %s", proto, addr, port, strerror(errno));
    if (!udp && listen(fd, 128) < 0)
        fail("listen %s %s port %d: %s", proto, addr, port, strerror(errno));
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    struct listener *l = &listeners[n_listeners++];
    l->fd = fd;
    l->is_udp = udp;
    l->is_http = http;
    snprintf(l->desc, sizeof l->desc, "%s %s %d", proto, addr, port);
}

static char *read_all_stdin(void)
{
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        fail("out of memory");
    for (;;) {
        if (len + 1024 > cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf)
                fail("out of memory");
        }
        ssize_t n = read(0, buf + len, cap - len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    buf[len] = 0;
    return buf;
}

static void parse_config(char *text, const char **title)
{
    /* ready_fd first, so that later errors can be reported through it. */
    for (char *p = strstr(text, "ready_fd "); p; p = NULL) {
        if (p == text || p[-1] == '\n')
            ready_fd = atoi(p + 9);
    }
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, "listen ", 7) == 0) {
            char proto[16], addr[64], extra[16] = "";
            int port;
            int n = sscanf(line + 7, "%15s %63s %d %15s", proto, addr, &port, extra);
            if (n < 3)
                fail("bad directive: %s", line);
            add_listener(proto, addr, port, strcmp(extra, "http") == 0);
        } else if (strncmp(line, "title ", 6) == 0) {
            *title = line + 6;
        } else if (strncmp(line, "version_json ", 13) == 0) {
            version_json = line + 13;
        } else if (strncmp(line, "ready_fd ", 9) == 0) {
            /* handled above */
        } else if (line[0] && line[0] != '#') {
            fail("unknown directive: %s", line);
        }
    }
}

static void answer_http(int fd)
{
    char req[2048];
    size_t len = 0;
    struct pollfd p = {.fd = fd, .events = POLLIN};
    while (len < sizeof req - 1 && poll(&p, 1, 500) > 0) {
        ssize_t n = read(fd, req + len, sizeof req - 1 - len);
        if (n <= 0)
            break;
        len += (size_t)n;
        req[len] = 0;
        if (strstr(req, "\r\n\r\n") || strstr(req, "\n\n"))
            break;
    }
    req[len] = 0;
    const char *status = "404 Not Found", *type = "text/plain", *body = "404: Not Found\n";
    if (strncmp(req, "GET /api/version", 16) == 0 && version_json) {
        status = "200 OK";
        type = "application/json";
        body = version_json;
    } else if (strncmp(req, "GET / ", 6) == 0) {
        status = "200 OK";
        type = "text/html";
        body = "<!doctype html><html><head><title>Ray Dashboard</title></head>"
               "<body>lab stand-in</body></html>\n";
    } else if (strncmp(req, "GET /metrics", 12) == 0) {
        status = "200 OK";
        body = "# lab stand-in: no metrics\n";
    }
    char out[4096];
    int n = snprintf(out, sizeof out,
                     "HTTP/1.0 %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
                     "Connection: close\r\n\r\n%s",
                     status, type, strlen(body), body);
    if (n > 0) {
        ssize_t w = write(fd, out, (size_t)n < sizeof out ? (size_t)n : sizeof out - 1);
        (void)w;
    }
}

static int run_service(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN);
    char *config = read_all_stdin();
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) {
        dup2(devnull, 0);
        if (devnull != 0)
            close(devnull);
    }
    const char *title = NULL;
    parse_config(config, &title);
    if (title)
        set_title(argc, argv, title);
    report("ok %d\n", (int)getpid());
    if (ready_fd >= 0) {
        close(ready_fd);
        ready_fd = -1;
    }

    struct pollfd fds[MAX_LISTEN];
    for (int i = 0; i < n_listeners; i++) {
        fds[i].fd = listeners[i].fd;
        fds[i].events = POLLIN;
    }
    if (n_listeners == 0) {
        for (;;)
            pause();
    }
    for (;;) {
        int n = poll(fds, (nfds_t)n_listeners, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        for (int i = 0; i < n_listeners; i++) {
            if (!(fds[i].revents & POLLIN))
                continue;
            if (listeners[i].is_udp) {
                char buf[2048];
                ssize_t r = recv(listeners[i].fd, buf, sizeof buf, MSG_DONTWAIT);
                (void)r;
                continue;
            }
            int c = accept4(listeners[i].fd, NULL, NULL, SOCK_CLOEXEC);
            if (c < 0)
                continue;
            if (listeners[i].is_http)
                answer_http(c);
            close(c);
        }
    }
}

int main(int argc, char **argv)
{
    if (getpid() == 1)
        return run_init();
    if (argc >= 2 && strcmp(argv[1], "--lab-spawn") == 0)
        return run_spawn(argc, argv);
    return run_service(argc, argv);
}
