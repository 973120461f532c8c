package dev.jnasocket;

import dev.jnasocket.libc.Constants;
import dev.jnasocket.libc.LibC;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's {@code errno} module: every errno name CPython has on Linux or macOS, with the
 * value of the OS the program runs on ({@link Constants#ABSENT} where that OS lacks the name,
 * as Python would raise AttributeError), and {@link #errorcode}. {@code errno.ECONNREFUSED} is
 * 111 on Linux and 61 on macOS, as the OS's own {@code <errno.h>} says (one table, {@code
 * ConstantTable}, checked against the Linux headers by compiling C).
 */
public final class errno {
    private errno() {}

    /** Aliases that lose to the name CPython keeps for their number. */
    private static final java.util.List<String> KEPT_BEHIND = java.util.List.of("EWOULDBLOCK", "EOPNOTSUPP", "EDEADLK");

    /** Python's {@code errno.E2BIG}. */
    public static final int E2BIG = LibC.E2BIG;
    /** Python's {@code errno.EACCES}. */
    public static final int EACCES = LibC.EACCES;
    /** Python's {@code errno.EADDRINUSE}. */
    public static final int EADDRINUSE = LibC.EADDRINUSE;
    /** Python's {@code errno.EADDRNOTAVAIL}. */
    public static final int EADDRNOTAVAIL = LibC.EADDRNOTAVAIL;
    /** Python's {@code errno.EADV}. */
    public static final int EADV = LibC.EADV;
    /** Python's {@code errno.EAFNOSUPPORT}. */
    public static final int EAFNOSUPPORT = LibC.EAFNOSUPPORT;
    /** Python's {@code errno.EAGAIN}. */
    public static final int EAGAIN = LibC.EAGAIN;
    /** Python's {@code errno.EALREADY}. */
    public static final int EALREADY = LibC.EALREADY;
    /** Python's {@code errno.EAUTH}. */
    public static final int EAUTH = LibC.EAUTH;
    /** Python's {@code errno.EBADARCH}. */
    public static final int EBADARCH = LibC.EBADARCH;
    /** Python's {@code errno.EBADE}. */
    public static final int EBADE = LibC.EBADE;
    /** Python's {@code errno.EBADEXEC}. */
    public static final int EBADEXEC = LibC.EBADEXEC;
    /** Python's {@code errno.EBADF}. */
    public static final int EBADF = LibC.EBADF;
    /** Python's {@code errno.EBADFD}. */
    public static final int EBADFD = LibC.EBADFD;
    /** Python's {@code errno.EBADMACHO}. */
    public static final int EBADMACHO = LibC.EBADMACHO;
    /** Python's {@code errno.EBADMSG}. */
    public static final int EBADMSG = LibC.EBADMSG;
    /** Python's {@code errno.EBADR}. */
    public static final int EBADR = LibC.EBADR;
    /** Python's {@code errno.EBADRPC}. */
    public static final int EBADRPC = LibC.EBADRPC;
    /** Python's {@code errno.EBADRQC}. */
    public static final int EBADRQC = LibC.EBADRQC;
    /** Python's {@code errno.EBADSLT}. */
    public static final int EBADSLT = LibC.EBADSLT;
    /** Python's {@code errno.EBFONT}. */
    public static final int EBFONT = LibC.EBFONT;
    /** Python's {@code errno.EBUSY}. */
    public static final int EBUSY = LibC.EBUSY;
    /** Python's {@code errno.ECANCELED}. */
    public static final int ECANCELED = LibC.ECANCELED;
    /** Python's {@code errno.ECHILD}. */
    public static final int ECHILD = LibC.ECHILD;
    /** Python's {@code errno.ECHRNG}. */
    public static final int ECHRNG = LibC.ECHRNG;
    /** Python's {@code errno.ECOMM}. */
    public static final int ECOMM = LibC.ECOMM;
    /** Python's {@code errno.ECONNABORTED}. */
    public static final int ECONNABORTED = LibC.ECONNABORTED;
    /** Python's {@code errno.ECONNREFUSED}. */
    public static final int ECONNREFUSED = LibC.ECONNREFUSED;
    /** Python's {@code errno.ECONNRESET}. */
    public static final int ECONNRESET = LibC.ECONNRESET;
    /** Python's {@code errno.EDEADLK}. */
    public static final int EDEADLK = LibC.EDEADLK;
    /** Python's {@code errno.EDEADLOCK}. */
    public static final int EDEADLOCK = LibC.EDEADLOCK;
    /** Python's {@code errno.EDESTADDRREQ}. */
    public static final int EDESTADDRREQ = LibC.EDESTADDRREQ;
    /** Python's {@code errno.EDEVERR}. */
    public static final int EDEVERR = LibC.EDEVERR;
    /** Python's {@code errno.EDOM}. */
    public static final int EDOM = LibC.EDOM;
    /** Python's {@code errno.EDOTDOT}. */
    public static final int EDOTDOT = LibC.EDOTDOT;
    /** Python's {@code errno.EDQUOT}. */
    public static final int EDQUOT = LibC.EDQUOT;
    /** Python's {@code errno.EEXIST}. */
    public static final int EEXIST = LibC.EEXIST;
    /** Python's {@code errno.EFAULT}. */
    public static final int EFAULT = LibC.EFAULT;
    /** Python's {@code errno.EFBIG}. */
    public static final int EFBIG = LibC.EFBIG;
    /** Python's {@code errno.EFTYPE}. */
    public static final int EFTYPE = LibC.EFTYPE;
    /** Python's {@code errno.EHOSTDOWN}. */
    public static final int EHOSTDOWN = LibC.EHOSTDOWN;
    /** Python's {@code errno.EHOSTUNREACH}. */
    public static final int EHOSTUNREACH = LibC.EHOSTUNREACH;
    /** Python's {@code errno.EIDRM}. */
    public static final int EIDRM = LibC.EIDRM;
    /** Python's {@code errno.EILSEQ}. */
    public static final int EILSEQ = LibC.EILSEQ;
    /** Python's {@code errno.EINPROGRESS}. */
    public static final int EINPROGRESS = LibC.EINPROGRESS;
    /** Python's {@code errno.EINTR}. */
    public static final int EINTR = LibC.EINTR;
    /** Python's {@code errno.EINVAL}. */
    public static final int EINVAL = LibC.EINVAL;
    /** Python's {@code errno.EIO}. */
    public static final int EIO = LibC.EIO;
    /** Python's {@code errno.EISCONN}. */
    public static final int EISCONN = LibC.EISCONN;
    /** Python's {@code errno.EISDIR}. */
    public static final int EISDIR = LibC.EISDIR;
    /** Python's {@code errno.EISNAM}. */
    public static final int EISNAM = LibC.EISNAM;
    /** Python's {@code errno.EKEYEXPIRED}. */
    public static final int EKEYEXPIRED = LibC.EKEYEXPIRED;
    /** Python's {@code errno.EKEYREJECTED}. */
    public static final int EKEYREJECTED = LibC.EKEYREJECTED;
    /** Python's {@code errno.EKEYREVOKED}. */
    public static final int EKEYREVOKED = LibC.EKEYREVOKED;
    /** Python's {@code errno.EL2HLT}. */
    public static final int EL2HLT = LibC.EL2HLT;
    /** Python's {@code errno.EL2NSYNC}. */
    public static final int EL2NSYNC = LibC.EL2NSYNC;
    /** Python's {@code errno.EL3HLT}. */
    public static final int EL3HLT = LibC.EL3HLT;
    /** Python's {@code errno.EL3RST}. */
    public static final int EL3RST = LibC.EL3RST;
    /** Python's {@code errno.ELAST}. */
    public static final int ELAST = LibC.ELAST;
    /** Python's {@code errno.ELIBACC}. */
    public static final int ELIBACC = LibC.ELIBACC;
    /** Python's {@code errno.ELIBBAD}. */
    public static final int ELIBBAD = LibC.ELIBBAD;
    /** Python's {@code errno.ELIBEXEC}. */
    public static final int ELIBEXEC = LibC.ELIBEXEC;
    /** Python's {@code errno.ELIBMAX}. */
    public static final int ELIBMAX = LibC.ELIBMAX;
    /** Python's {@code errno.ELIBSCN}. */
    public static final int ELIBSCN = LibC.ELIBSCN;
    /** Python's {@code errno.ELNRNG}. */
    public static final int ELNRNG = LibC.ELNRNG;
    /** Python's {@code errno.ELOOP}. */
    public static final int ELOOP = LibC.ELOOP;
    /** Python's {@code errno.EMEDIUMTYPE}. */
    public static final int EMEDIUMTYPE = LibC.EMEDIUMTYPE;
    /** Python's {@code errno.EMFILE}. */
    public static final int EMFILE = LibC.EMFILE;
    /** Python's {@code errno.EMLINK}. */
    public static final int EMLINK = LibC.EMLINK;
    /** Python's {@code errno.EMSGSIZE}. */
    public static final int EMSGSIZE = LibC.EMSGSIZE;
    /** Python's {@code errno.EMULTIHOP}. */
    public static final int EMULTIHOP = LibC.EMULTIHOP;
    /** Python's {@code errno.ENAMETOOLONG}. */
    public static final int ENAMETOOLONG = LibC.ENAMETOOLONG;
    /** Python's {@code errno.ENAVAIL}. */
    public static final int ENAVAIL = LibC.ENAVAIL;
    /** Python's {@code errno.ENEEDAUTH}. */
    public static final int ENEEDAUTH = LibC.ENEEDAUTH;
    /** Python's {@code errno.ENETDOWN}. */
    public static final int ENETDOWN = LibC.ENETDOWN;
    /** Python's {@code errno.ENETRESET}. */
    public static final int ENETRESET = LibC.ENETRESET;
    /** Python's {@code errno.ENETUNREACH}. */
    public static final int ENETUNREACH = LibC.ENETUNREACH;
    /** Python's {@code errno.ENFILE}. */
    public static final int ENFILE = LibC.ENFILE;
    /** Python's {@code errno.ENOANO}. */
    public static final int ENOANO = LibC.ENOANO;
    /** Python's {@code errno.ENOATTR}. */
    public static final int ENOATTR = LibC.ENOATTR;
    /** Python's {@code errno.ENOBUFS}. */
    public static final int ENOBUFS = LibC.ENOBUFS;
    /** Python's {@code errno.ENOCSI}. */
    public static final int ENOCSI = LibC.ENOCSI;
    /** Python's {@code errno.ENODATA}. */
    public static final int ENODATA = LibC.ENODATA;
    /** Python's {@code errno.ENODEV}. */
    public static final int ENODEV = LibC.ENODEV;
    /** Python's {@code errno.ENOENT}. */
    public static final int ENOENT = LibC.ENOENT;
    /** Python's {@code errno.ENOEXEC}. */
    public static final int ENOEXEC = LibC.ENOEXEC;
    /** Python's {@code errno.ENOKEY}. */
    public static final int ENOKEY = LibC.ENOKEY;
    /** Python's {@code errno.ENOLCK}. */
    public static final int ENOLCK = LibC.ENOLCK;
    /** Python's {@code errno.ENOLINK}. */
    public static final int ENOLINK = LibC.ENOLINK;
    /** Python's {@code errno.ENOMEDIUM}. */
    public static final int ENOMEDIUM = LibC.ENOMEDIUM;
    /** Python's {@code errno.ENOMEM}. */
    public static final int ENOMEM = LibC.ENOMEM;
    /** Python's {@code errno.ENOMSG}. */
    public static final int ENOMSG = LibC.ENOMSG;
    /** Python's {@code errno.ENONET}. */
    public static final int ENONET = LibC.ENONET;
    /** Python's {@code errno.ENOPKG}. */
    public static final int ENOPKG = LibC.ENOPKG;
    /** Python's {@code errno.ENOPOLICY}. */
    public static final int ENOPOLICY = LibC.ENOPOLICY;
    /** Python's {@code errno.ENOPROTOOPT}. */
    public static final int ENOPROTOOPT = LibC.ENOPROTOOPT;
    /** Python's {@code errno.ENOSPC}. */
    public static final int ENOSPC = LibC.ENOSPC;
    /** Python's {@code errno.ENOSR}. */
    public static final int ENOSR = LibC.ENOSR;
    /** Python's {@code errno.ENOSTR}. */
    public static final int ENOSTR = LibC.ENOSTR;
    /** Python's {@code errno.ENOSYS}. */
    public static final int ENOSYS = LibC.ENOSYS;
    /** Python's {@code errno.ENOTBLK}. */
    public static final int ENOTBLK = LibC.ENOTBLK;
    /** Python's {@code errno.ENOTCONN}. */
    public static final int ENOTCONN = LibC.ENOTCONN;
    /** Python's {@code errno.ENOTDIR}. */
    public static final int ENOTDIR = LibC.ENOTDIR;
    /** Python's {@code errno.ENOTEMPTY}. */
    public static final int ENOTEMPTY = LibC.ENOTEMPTY;
    /** Python's {@code errno.ENOTNAM}. */
    public static final int ENOTNAM = LibC.ENOTNAM;
    /** Python's {@code errno.ENOTRECOVERABLE}. */
    public static final int ENOTRECOVERABLE = LibC.ENOTRECOVERABLE;
    /** Python's {@code errno.ENOTSOCK}. */
    public static final int ENOTSOCK = LibC.ENOTSOCK;
    /** Python's {@code errno.ENOTSUP}. */
    public static final int ENOTSUP = LibC.ENOTSUP;
    /** Python's {@code errno.ENOTTY}. */
    public static final int ENOTTY = LibC.ENOTTY;
    /** Python's {@code errno.ENOTUNIQ}. */
    public static final int ENOTUNIQ = LibC.ENOTUNIQ;
    /** Python's {@code errno.ENXIO}. */
    public static final int ENXIO = LibC.ENXIO;
    /** Python's {@code errno.EOPNOTSUPP}. */
    public static final int EOPNOTSUPP = LibC.EOPNOTSUPP;
    /** Python's {@code errno.EOVERFLOW}. */
    public static final int EOVERFLOW = LibC.EOVERFLOW;
    /** Python's {@code errno.EOWNERDEAD}. */
    public static final int EOWNERDEAD = LibC.EOWNERDEAD;
    /** Python's {@code errno.EPERM}. */
    public static final int EPERM = LibC.EPERM;
    /** Python's {@code errno.EPFNOSUPPORT}. */
    public static final int EPFNOSUPPORT = LibC.EPFNOSUPPORT;
    /** Python's {@code errno.EPIPE}. */
    public static final int EPIPE = LibC.EPIPE;
    /** Python's {@code errno.EPROCLIM}. */
    public static final int EPROCLIM = LibC.EPROCLIM;
    /** Python's {@code errno.EPROCUNAVAIL}. */
    public static final int EPROCUNAVAIL = LibC.EPROCUNAVAIL;
    /** Python's {@code errno.EPROGMISMATCH}. */
    public static final int EPROGMISMATCH = LibC.EPROGMISMATCH;
    /** Python's {@code errno.EPROGUNAVAIL}. */
    public static final int EPROGUNAVAIL = LibC.EPROGUNAVAIL;
    /** Python's {@code errno.EPROTO}. */
    public static final int EPROTO = LibC.EPROTO;
    /** Python's {@code errno.EPROTONOSUPPORT}. */
    public static final int EPROTONOSUPPORT = LibC.EPROTONOSUPPORT;
    /** Python's {@code errno.EPROTOTYPE}. */
    public static final int EPROTOTYPE = LibC.EPROTOTYPE;
    /** Python's {@code errno.EPWROFF}. */
    public static final int EPWROFF = LibC.EPWROFF;
    /** Python's {@code errno.EQFULL}. */
    public static final int EQFULL = LibC.EQFULL;
    /** Python's {@code errno.ERANGE}. */
    public static final int ERANGE = LibC.ERANGE;
    /** Python's {@code errno.EREMCHG}. */
    public static final int EREMCHG = LibC.EREMCHG;
    /** Python's {@code errno.EREMOTE}. */
    public static final int EREMOTE = LibC.EREMOTE;
    /** Python's {@code errno.EREMOTEIO}. */
    public static final int EREMOTEIO = LibC.EREMOTEIO;
    /** Python's {@code errno.ERESTART}. */
    public static final int ERESTART = LibC.ERESTART;
    /** Python's {@code errno.ERFKILL}. */
    public static final int ERFKILL = LibC.ERFKILL;
    /** Python's {@code errno.EROFS}. */
    public static final int EROFS = LibC.EROFS;
    /** Python's {@code errno.ERPCMISMATCH}. */
    public static final int ERPCMISMATCH = LibC.ERPCMISMATCH;
    /** Python's {@code errno.ESHLIBVERS}. */
    public static final int ESHLIBVERS = LibC.ESHLIBVERS;
    /** Python's {@code errno.ESHUTDOWN}. */
    public static final int ESHUTDOWN = LibC.ESHUTDOWN;
    /** Python's {@code errno.ESOCKTNOSUPPORT}. */
    public static final int ESOCKTNOSUPPORT = LibC.ESOCKTNOSUPPORT;
    /** Python's {@code errno.ESPIPE}. */
    public static final int ESPIPE = LibC.ESPIPE;
    /** Python's {@code errno.ESRCH}. */
    public static final int ESRCH = LibC.ESRCH;
    /** Python's {@code errno.ESRMNT}. */
    public static final int ESRMNT = LibC.ESRMNT;
    /** Python's {@code errno.ESTALE}. */
    public static final int ESTALE = LibC.ESTALE;
    /** Python's {@code errno.ESTRPIPE}. */
    public static final int ESTRPIPE = LibC.ESTRPIPE;
    /** Python's {@code errno.ETIME}. */
    public static final int ETIME = LibC.ETIME;
    /** Python's {@code errno.ETIMEDOUT}. */
    public static final int ETIMEDOUT = LibC.ETIMEDOUT;
    /** Python's {@code errno.ETOOMANYREFS}. */
    public static final int ETOOMANYREFS = LibC.ETOOMANYREFS;
    /** Python's {@code errno.ETXTBSY}. */
    public static final int ETXTBSY = LibC.ETXTBSY;
    /** Python's {@code errno.EUCLEAN}. */
    public static final int EUCLEAN = LibC.EUCLEAN;
    /** Python's {@code errno.EUNATCH}. */
    public static final int EUNATCH = LibC.EUNATCH;
    /** Python's {@code errno.EUSERS}. */
    public static final int EUSERS = LibC.EUSERS;
    /** Python's {@code errno.EWOULDBLOCK}. */
    public static final int EWOULDBLOCK = LibC.EWOULDBLOCK;
    /** Python's {@code errno.EXDEV}. */
    public static final int EXDEV = LibC.EXDEV;
    /** Python's {@code errno.EXFULL}. */
    public static final int EXFULL = LibC.EXFULL;

    /**
     * Python's {@code errno.errorcode}: each number to its name, for the names this OS has.
     * Where two names share a number the one CPython keeps wins (EAGAIN over EWOULDBLOCK,
     * ENOTSUP over EOPNOTSUPP on Linux, EDEADLOCK over EDEADLK).
     */
    public static final Map<Integer, String> errorcode;

    static {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (java.lang.reflect.Field f : errno.class.getFields()) {
            if (f.getType() == int.class && Constants.has(f.getName()) && !KEPT_BEHIND.contains(f.getName())) {
                try {
                    m.putIfAbsent(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        for (String n : KEPT_BEHIND) {
            try {
                int v = errno.class.getField(n).getInt(null);
                if (Constants.has(n)) {
                    m.putIfAbsent(v, n);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        errorcode = Collections.unmodifiableMap(m);
    }
}
