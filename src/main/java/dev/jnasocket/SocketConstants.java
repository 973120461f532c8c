package dev.jnasocket;

import dev.jnasocket.libc.Constants;

/**
 * The constants of Python's {@code socket} module, and only those: every integer name CPython
 * 3.11's {@code socket} has on Linux, and the ones it has only on macOS, with the running OS's
 * values ({@link Constants#ABSENT} where that OS lacks the name). {@link socket} carries them;
 * the C constants Python keeps elsewhere live there: {@code select.POLLIN},
 * {@code select.EPOLLIN}, {@code errno.EAGAIN}, and {@code F_SETFL}/{@code O_NONBLOCK} in the raw
 * layer ({@code LibC}) only.
 */
public interface SocketConstants {
    /** Python's {@code socket.AF_ALG}, from {@code <sys/socket.h>}. */
    int AF_ALG = Constants.AF_ALG;
    /** Python's {@code socket.AF_APPLETALK}, from {@code <sys/socket.h>}. */
    int AF_APPLETALK = Constants.AF_APPLETALK;
    /** Python's {@code socket.AF_ASH}, from {@code <sys/socket.h>}. */
    int AF_ASH = Constants.AF_ASH;
    /** Python's {@code socket.AF_ATMPVC}, from {@code <sys/socket.h>}. */
    int AF_ATMPVC = Constants.AF_ATMPVC;
    /** Python's {@code socket.AF_ATMSVC}, from {@code <sys/socket.h>}. */
    int AF_ATMSVC = Constants.AF_ATMSVC;
    /** Python's {@code socket.AF_AX25}, from {@code <sys/socket.h>}. */
    int AF_AX25 = Constants.AF_AX25;
    /** Python's {@code socket.AF_BRIDGE}, from {@code <sys/socket.h>}. */
    int AF_BRIDGE = Constants.AF_BRIDGE;
    /** Python's {@code socket.AF_CAN}, from {@code <sys/socket.h>}. */
    int AF_CAN = Constants.AF_CAN;
    /** Python's {@code socket.AF_DECnet}, from {@code <sys/socket.h>}. */
    int AF_DECnet = Constants.AF_DECnet;
    /** Python's {@code socket.AF_ECONET}, from {@code <sys/socket.h>}. */
    int AF_ECONET = Constants.AF_ECONET;
    /** Python's {@code socket.AF_INET}, from {@code <sys/socket.h>}. */
    int AF_INET = Constants.AF_INET;
    /** Python's {@code socket.AF_INET6}, from {@code <sys/socket.h>}. */
    int AF_INET6 = Constants.AF_INET6;
    /** Python's {@code socket.AF_IPX}, from {@code <sys/socket.h>}. */
    int AF_IPX = Constants.AF_IPX;
    /** Python's {@code socket.AF_IRDA}, from {@code <sys/socket.h>}. */
    int AF_IRDA = Constants.AF_IRDA;
    /** Python's {@code socket.AF_KEY}, from {@code <sys/socket.h>}. */
    int AF_KEY = Constants.AF_KEY;
    /** Python's {@code socket.AF_LLC}, from {@code <sys/socket.h>}. */
    int AF_LLC = Constants.AF_LLC;
    /** Python's {@code socket.AF_NETBEUI}, from {@code <sys/socket.h>}. */
    int AF_NETBEUI = Constants.AF_NETBEUI;
    /** Python's {@code socket.AF_NETLINK}, from {@code <sys/socket.h>}. */
    int AF_NETLINK = Constants.AF_NETLINK;
    /** Python's {@code socket.AF_NETROM}, from {@code <sys/socket.h>}. */
    int AF_NETROM = Constants.AF_NETROM;
    /** Python's {@code socket.AF_PACKET}, from {@code <sys/socket.h>}. */
    int AF_PACKET = Constants.AF_PACKET;
    /** Python's {@code socket.AF_PPPOX}, from {@code <sys/socket.h>}. */
    int AF_PPPOX = Constants.AF_PPPOX;
    /** Python's {@code socket.AF_QIPCRTR}, from {@code <sys/socket.h>}. */
    int AF_QIPCRTR = Constants.AF_QIPCRTR;
    /** Python's {@code socket.AF_RDS}, from {@code <sys/socket.h>}. */
    int AF_RDS = Constants.AF_RDS;
    /** Python's {@code socket.AF_ROSE}, from {@code <sys/socket.h>}. */
    int AF_ROSE = Constants.AF_ROSE;
    /** Python's {@code socket.AF_ROUTE}, from {@code <sys/socket.h>}. */
    int AF_ROUTE = Constants.AF_ROUTE;
    /** Python's {@code socket.AF_SECURITY}, from {@code <sys/socket.h>}. */
    int AF_SECURITY = Constants.AF_SECURITY;
    /** Python's {@code socket.AF_SNA}, from {@code <sys/socket.h>}. */
    int AF_SNA = Constants.AF_SNA;
    /** Python's {@code socket.AF_TIPC}, from {@code <sys/socket.h>}. */
    int AF_TIPC = Constants.AF_TIPC;
    /** Python's {@code socket.AF_UNIX}, from {@code <sys/socket.h>}. */
    int AF_UNIX = Constants.AF_UNIX;
    /** Python's {@code socket.AF_UNSPEC}, from {@code <sys/socket.h>}. */
    int AF_UNSPEC = Constants.AF_UNSPEC;
    /** Python's {@code socket.AF_VSOCK}, from {@code <sys/socket.h>}. */
    int AF_VSOCK = Constants.AF_VSOCK;
    /** Python's {@code socket.AF_WANPIPE}, from {@code <sys/socket.h>}. */
    int AF_WANPIPE = Constants.AF_WANPIPE;
    /** Python's {@code socket.AF_X25}, from {@code <sys/socket.h>}. */
    int AF_X25 = Constants.AF_X25;
    /** Python's {@code socket.AI_ADDRCONFIG}, from {@code <netdb.h>}. */
    int AI_ADDRCONFIG = Constants.AI_ADDRCONFIG;
    /** Python's {@code socket.AI_ALL}, from {@code <netdb.h>}. */
    int AI_ALL = Constants.AI_ALL;
    /** Python's {@code socket.AI_CANONNAME}, from {@code <netdb.h>}. */
    int AI_CANONNAME = Constants.AI_CANONNAME;
    /** Python's {@code socket.AI_NUMERICHOST}, from {@code <netdb.h>}. */
    int AI_NUMERICHOST = Constants.AI_NUMERICHOST;
    /** Python's {@code socket.AI_NUMERICSERV}, from {@code <netdb.h>}. */
    int AI_NUMERICSERV = Constants.AI_NUMERICSERV;
    /** Python's {@code socket.AI_PASSIVE}, from {@code <netdb.h>}. */
    int AI_PASSIVE = Constants.AI_PASSIVE;
    /** Python's {@code socket.AI_V4MAPPED}, from {@code <netdb.h>}. */
    int AI_V4MAPPED = Constants.AI_V4MAPPED;
    /** Python's {@code socket.ALG_OP_DECRYPT}, from {@code <linux/if_alg.h>}. */
    int ALG_OP_DECRYPT = Constants.ALG_OP_DECRYPT;
    /** Python's {@code socket.ALG_OP_ENCRYPT}, from {@code <linux/if_alg.h>}. */
    int ALG_OP_ENCRYPT = Constants.ALG_OP_ENCRYPT;
    /** Python's {@code socket.ALG_OP_SIGN}, CPython's own value ({@code <linux/if_alg.h>} lacks it). */
    int ALG_OP_SIGN = Constants.ALG_OP_SIGN;
    /** Python's {@code socket.ALG_OP_VERIFY}, CPython's own value ({@code <linux/if_alg.h>} lacks it). */
    int ALG_OP_VERIFY = Constants.ALG_OP_VERIFY;
    /** Python's {@code socket.ALG_SET_AEAD_ASSOCLEN}, from {@code <linux/if_alg.h>}. */
    int ALG_SET_AEAD_ASSOCLEN = Constants.ALG_SET_AEAD_ASSOCLEN;
    /** Python's {@code socket.ALG_SET_AEAD_AUTHSIZE}, from {@code <linux/if_alg.h>}. */
    int ALG_SET_AEAD_AUTHSIZE = Constants.ALG_SET_AEAD_AUTHSIZE;
    /** Python's {@code socket.ALG_SET_IV}, from {@code <linux/if_alg.h>}. */
    int ALG_SET_IV = Constants.ALG_SET_IV;
    /** Python's {@code socket.ALG_SET_KEY}, from {@code <linux/if_alg.h>}. */
    int ALG_SET_KEY = Constants.ALG_SET_KEY;
    /** Python's {@code socket.ALG_SET_OP}, from {@code <linux/if_alg.h>}. */
    int ALG_SET_OP = Constants.ALG_SET_OP;
    /** Python's {@code socket.ALG_SET_PUBKEY}, CPython's own value ({@code <linux/if_alg.h>} lacks it). */
    int ALG_SET_PUBKEY = Constants.ALG_SET_PUBKEY;
    /** Python's {@code socket.CAN_BCM}, from {@code <linux/can.h>}. */
    int CAN_BCM = Constants.CAN_BCM;
    /** Python's {@code socket.CAN_BCM_CAN_FD_FRAME}, C's {@code CAN_FD_FRAME} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_CAN_FD_FRAME = Constants.CAN_BCM_CAN_FD_FRAME;
    /** Python's {@code socket.CAN_BCM_RX_ANNOUNCE_RESUME}, C's {@code RX_ANNOUNCE_RESUME} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_ANNOUNCE_RESUME = Constants.CAN_BCM_RX_ANNOUNCE_RESUME;
    /** Python's {@code socket.CAN_BCM_RX_CHANGED}, C's {@code RX_CHANGED} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_CHANGED = Constants.CAN_BCM_RX_CHANGED;
    /** Python's {@code socket.CAN_BCM_RX_CHECK_DLC}, C's {@code RX_CHECK_DLC} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_CHECK_DLC = Constants.CAN_BCM_RX_CHECK_DLC;
    /** Python's {@code socket.CAN_BCM_RX_DELETE}, C's {@code RX_DELETE} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_DELETE = Constants.CAN_BCM_RX_DELETE;
    /** Python's {@code socket.CAN_BCM_RX_FILTER_ID}, C's {@code RX_FILTER_ID} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_FILTER_ID = Constants.CAN_BCM_RX_FILTER_ID;
    /** Python's {@code socket.CAN_BCM_RX_NO_AUTOTIMER}, C's {@code RX_NO_AUTOTIMER} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_NO_AUTOTIMER = Constants.CAN_BCM_RX_NO_AUTOTIMER;
    /** Python's {@code socket.CAN_BCM_RX_READ}, C's {@code RX_READ} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_READ = Constants.CAN_BCM_RX_READ;
    /** Python's {@code socket.CAN_BCM_RX_RTR_FRAME}, C's {@code RX_RTR_FRAME} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_RTR_FRAME = Constants.CAN_BCM_RX_RTR_FRAME;
    /** Python's {@code socket.CAN_BCM_RX_SETUP}, C's {@code RX_SETUP} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_SETUP = Constants.CAN_BCM_RX_SETUP;
    /** Python's {@code socket.CAN_BCM_RX_STATUS}, C's {@code RX_STATUS} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_STATUS = Constants.CAN_BCM_RX_STATUS;
    /** Python's {@code socket.CAN_BCM_RX_TIMEOUT}, C's {@code RX_TIMEOUT} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_RX_TIMEOUT = Constants.CAN_BCM_RX_TIMEOUT;
    /** Python's {@code socket.CAN_BCM_SETTIMER}, C's {@code SETTIMER} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_SETTIMER = Constants.CAN_BCM_SETTIMER;
    /** Python's {@code socket.CAN_BCM_STARTTIMER}, C's {@code STARTTIMER} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_STARTTIMER = Constants.CAN_BCM_STARTTIMER;
    /** Python's {@code socket.CAN_BCM_TX_ANNOUNCE}, C's {@code TX_ANNOUNCE} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_ANNOUNCE = Constants.CAN_BCM_TX_ANNOUNCE;
    /** Python's {@code socket.CAN_BCM_TX_COUNTEVT}, C's {@code TX_COUNTEVT} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_COUNTEVT = Constants.CAN_BCM_TX_COUNTEVT;
    /** Python's {@code socket.CAN_BCM_TX_CP_CAN_ID}, C's {@code TX_CP_CAN_ID} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_CP_CAN_ID = Constants.CAN_BCM_TX_CP_CAN_ID;
    /** Python's {@code socket.CAN_BCM_TX_DELETE}, C's {@code TX_DELETE} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_DELETE = Constants.CAN_BCM_TX_DELETE;
    /** Python's {@code socket.CAN_BCM_TX_EXPIRED}, C's {@code TX_EXPIRED} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_EXPIRED = Constants.CAN_BCM_TX_EXPIRED;
    /** Python's {@code socket.CAN_BCM_TX_READ}, C's {@code TX_READ} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_READ = Constants.CAN_BCM_TX_READ;
    /** Python's {@code socket.CAN_BCM_TX_RESET_MULTI_IDX}, C's {@code TX_RESET_MULTI_IDX} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_RESET_MULTI_IDX = Constants.CAN_BCM_TX_RESET_MULTI_IDX;
    /** Python's {@code socket.CAN_BCM_TX_SEND}, C's {@code TX_SEND} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_SEND = Constants.CAN_BCM_TX_SEND;
    /** Python's {@code socket.CAN_BCM_TX_SETUP}, C's {@code TX_SETUP} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_SETUP = Constants.CAN_BCM_TX_SETUP;
    /** Python's {@code socket.CAN_BCM_TX_STATUS}, C's {@code TX_STATUS} from {@code <linux/can/bcm.h>}. */
    int CAN_BCM_TX_STATUS = Constants.CAN_BCM_TX_STATUS;
    /** Python's {@code socket.CAN_EFF_FLAG}, from {@code <linux/can.h>}. */
    int CAN_EFF_FLAG = Constants.CAN_EFF_FLAG;
    /** Python's {@code socket.CAN_EFF_MASK}, from {@code <linux/can.h>}. */
    int CAN_EFF_MASK = Constants.CAN_EFF_MASK;
    /** Python's {@code socket.CAN_ERR_FLAG}, from {@code <linux/can.h>}. */
    int CAN_ERR_FLAG = Constants.CAN_ERR_FLAG;
    /** Python's {@code socket.CAN_ERR_MASK}, from {@code <linux/can.h>}. */
    int CAN_ERR_MASK = Constants.CAN_ERR_MASK;
    /** Python's {@code socket.CAN_ISOTP}, from {@code <linux/can.h>}. */
    int CAN_ISOTP = Constants.CAN_ISOTP;
    /** Python's {@code socket.CAN_J1939}, from {@code <linux/can.h>}. */
    int CAN_J1939 = Constants.CAN_J1939;
    /** Python's {@code socket.CAN_RAW}, from {@code <linux/can.h>}. */
    int CAN_RAW = Constants.CAN_RAW;
    /** Python's {@code socket.CAN_RAW_FD_FRAMES}, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_FD_FRAMES = Constants.CAN_RAW_FD_FRAMES;
    /** Python's {@code socket.CAN_RAW_FILTER}, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_FILTER = Constants.CAN_RAW_FILTER;
    /** Python's {@code socket.CAN_RAW_JOIN_FILTERS}, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_JOIN_FILTERS = Constants.CAN_RAW_JOIN_FILTERS;
    /** Python's {@code socket.CAN_RAW_LOOPBACK}, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_LOOPBACK = Constants.CAN_RAW_LOOPBACK;
    /** Python's {@code socket.CAN_RAW_RECV_OWN_MSGS}, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_RECV_OWN_MSGS = Constants.CAN_RAW_RECV_OWN_MSGS;
    /** Python's {@code socket.CAN_RTR_FLAG}, from {@code <linux/can.h>}. */
    int CAN_RTR_FLAG = Constants.CAN_RTR_FLAG;
    /** Python's {@code socket.CAN_SFF_MASK}, from {@code <linux/can.h>}. */
    int CAN_SFF_MASK = Constants.CAN_SFF_MASK;
    /** Python's {@code socket.EAGAIN}, from {@code <errno.h>}. */
    int EAGAIN = Constants.EAGAIN;
    /** Python's {@code socket.EAI_ADDRFAMILY}, from {@code <netdb.h>}. */
    int EAI_ADDRFAMILY = Constants.EAI_ADDRFAMILY;
    /** Python's {@code socket.EAI_AGAIN}, from {@code <netdb.h>}. */
    int EAI_AGAIN = Constants.EAI_AGAIN;
    /** Python's {@code socket.EAI_BADFLAGS}, from {@code <netdb.h>}. */
    int EAI_BADFLAGS = Constants.EAI_BADFLAGS;
    /** Python's {@code socket.EAI_FAIL}, from {@code <netdb.h>}. */
    int EAI_FAIL = Constants.EAI_FAIL;
    /** Python's {@code socket.EAI_FAMILY}, from {@code <netdb.h>}. */
    int EAI_FAMILY = Constants.EAI_FAMILY;
    /** Python's {@code socket.EAI_MEMORY}, from {@code <netdb.h>}. */
    int EAI_MEMORY = Constants.EAI_MEMORY;
    /** Python's {@code socket.EAI_NODATA}, from {@code <netdb.h>}. */
    int EAI_NODATA = Constants.EAI_NODATA;
    /** Python's {@code socket.EAI_NONAME}, from {@code <netdb.h>}. */
    int EAI_NONAME = Constants.EAI_NONAME;
    /** Python's {@code socket.EAI_OVERFLOW}, from {@code <netdb.h>}. */
    int EAI_OVERFLOW = Constants.EAI_OVERFLOW;
    /** Python's {@code socket.EAI_SERVICE}, from {@code <netdb.h>}. */
    int EAI_SERVICE = Constants.EAI_SERVICE;
    /** Python's {@code socket.EAI_SOCKTYPE}, from {@code <netdb.h>}. */
    int EAI_SOCKTYPE = Constants.EAI_SOCKTYPE;
    /** Python's {@code socket.EAI_SYSTEM}, from {@code <netdb.h>}. */
    int EAI_SYSTEM = Constants.EAI_SYSTEM;
    /** Python's {@code socket.EBADF}, from {@code <errno.h>}. */
    int EBADF = Constants.EBADF;
    /** Python's {@code socket.EWOULDBLOCK}, from {@code <errno.h>}. */
    int EWOULDBLOCK = Constants.EWOULDBLOCK;
    /** Python's {@code socket.INADDR_ALLHOSTS_GROUP}, from {@code <netinet/in.h>}. */
    int INADDR_ALLHOSTS_GROUP = Constants.INADDR_ALLHOSTS_GROUP;
    /** Python's {@code socket.INADDR_ANY}, from {@code <netinet/in.h>}. */
    int INADDR_ANY = Constants.INADDR_ANY;
    /** Python's {@code socket.INADDR_BROADCAST}, from {@code <netinet/in.h>}. */
    int INADDR_BROADCAST = Constants.INADDR_BROADCAST;
    /** Python's {@code socket.INADDR_LOOPBACK}, from {@code <netinet/in.h>}. */
    int INADDR_LOOPBACK = Constants.INADDR_LOOPBACK;
    /** Python's {@code socket.INADDR_MAX_LOCAL_GROUP}, from {@code <netinet/in.h>}. */
    int INADDR_MAX_LOCAL_GROUP = Constants.INADDR_MAX_LOCAL_GROUP;
    /** Python's {@code socket.INADDR_NONE}, from {@code <netinet/in.h>}. */
    int INADDR_NONE = Constants.INADDR_NONE;
    /** Python's {@code socket.INADDR_UNSPEC_GROUP}, from {@code <netinet/in.h>}. */
    int INADDR_UNSPEC_GROUP = Constants.INADDR_UNSPEC_GROUP;
    /** Python's {@code socket.IOCTL_VM_SOCKETS_GET_LOCAL_CID}, from {@code <linux/vm_sockets.h>}. */
    int IOCTL_VM_SOCKETS_GET_LOCAL_CID = Constants.IOCTL_VM_SOCKETS_GET_LOCAL_CID;
    /** Python's {@code socket.IPPORT_RESERVED}, from {@code <netdb.h>}. */
    int IPPORT_RESERVED = Constants.IPPORT_RESERVED;
    /** Python's {@code socket.IPPORT_USERRESERVED}, from {@code <netinet/in.h>}. */
    int IPPORT_USERRESERVED = Constants.IPPORT_USERRESERVED;
    /** Python's {@code socket.IPPROTO_AH}, from {@code <netinet/in.h>}. */
    int IPPROTO_AH = Constants.IPPROTO_AH;
    /** Python's {@code socket.IPPROTO_DSTOPTS}, from {@code <netinet/in.h>}. */
    int IPPROTO_DSTOPTS = Constants.IPPROTO_DSTOPTS;
    /** Python's {@code socket.IPPROTO_EGP}, from {@code <netinet/in.h>}. */
    int IPPROTO_EGP = Constants.IPPROTO_EGP;
    /** Python's {@code socket.IPPROTO_ESP}, from {@code <netinet/in.h>}. */
    int IPPROTO_ESP = Constants.IPPROTO_ESP;
    /** Python's {@code socket.IPPROTO_FRAGMENT}, from {@code <netinet/in.h>}. */
    int IPPROTO_FRAGMENT = Constants.IPPROTO_FRAGMENT;
    /** Python's {@code socket.IPPROTO_GRE}, from {@code <netinet/in.h>}. */
    int IPPROTO_GRE = Constants.IPPROTO_GRE;
    /** Python's {@code socket.IPPROTO_HOPOPTS}, from {@code <netinet/in.h>}. */
    int IPPROTO_HOPOPTS = Constants.IPPROTO_HOPOPTS;
    /** Python's {@code socket.IPPROTO_ICMP}, from {@code <netinet/in.h>}. */
    int IPPROTO_ICMP = Constants.IPPROTO_ICMP;
    /** Python's {@code socket.IPPROTO_ICMPV6}, from {@code <netinet/in.h>}. */
    int IPPROTO_ICMPV6 = Constants.IPPROTO_ICMPV6;
    /** Python's {@code socket.IPPROTO_IDP}, from {@code <netinet/in.h>}. */
    int IPPROTO_IDP = Constants.IPPROTO_IDP;
    /** Python's {@code socket.IPPROTO_IGMP}, from {@code <netinet/in.h>}. */
    int IPPROTO_IGMP = Constants.IPPROTO_IGMP;
    /** Python's {@code socket.IPPROTO_IP}, from {@code <netinet/in.h>}. */
    int IPPROTO_IP = Constants.IPPROTO_IP;
    /** Python's {@code socket.IPPROTO_IPIP}, from {@code <netinet/in.h>}. */
    int IPPROTO_IPIP = Constants.IPPROTO_IPIP;
    /** Python's {@code socket.IPPROTO_IPV6}, from {@code <netinet/in.h>}. */
    int IPPROTO_IPV6 = Constants.IPPROTO_IPV6;
    /** Python's {@code socket.IPPROTO_MPTCP}, from {@code <netinet/in.h>}. */
    int IPPROTO_MPTCP = Constants.IPPROTO_MPTCP;
    /** Python's {@code socket.IPPROTO_NONE}, from {@code <netinet/in.h>}. */
    int IPPROTO_NONE = Constants.IPPROTO_NONE;
    /** Python's {@code socket.IPPROTO_PIM}, from {@code <netinet/in.h>}. */
    int IPPROTO_PIM = Constants.IPPROTO_PIM;
    /** Python's {@code socket.IPPROTO_PUP}, from {@code <netinet/in.h>}. */
    int IPPROTO_PUP = Constants.IPPROTO_PUP;
    /** Python's {@code socket.IPPROTO_RAW}, from {@code <netinet/in.h>}. */
    int IPPROTO_RAW = Constants.IPPROTO_RAW;
    /** Python's {@code socket.IPPROTO_ROUTING}, from {@code <netinet/in.h>}. */
    int IPPROTO_ROUTING = Constants.IPPROTO_ROUTING;
    /** Python's {@code socket.IPPROTO_RSVP}, from {@code <netinet/in.h>}. */
    int IPPROTO_RSVP = Constants.IPPROTO_RSVP;
    /** Python's {@code socket.IPPROTO_SCTP}, from {@code <netinet/in.h>}. */
    int IPPROTO_SCTP = Constants.IPPROTO_SCTP;
    /** Python's {@code socket.IPPROTO_TCP}, from {@code <netinet/in.h>}. */
    int IPPROTO_TCP = Constants.IPPROTO_TCP;
    /** Python's {@code socket.IPPROTO_TP}, from {@code <netinet/in.h>}. */
    int IPPROTO_TP = Constants.IPPROTO_TP;
    /** Python's {@code socket.IPPROTO_UDP}, from {@code <netinet/in.h>}. */
    int IPPROTO_UDP = Constants.IPPROTO_UDP;
    /** Python's {@code socket.IPPROTO_UDPLITE}, from {@code <netinet/in.h>}. */
    int IPPROTO_UDPLITE = Constants.IPPROTO_UDPLITE;
    /** Python's {@code socket.IPV6_CHECKSUM}, from {@code <netinet/in.h>}. */
    int IPV6_CHECKSUM = Constants.IPV6_CHECKSUM;
    /** Python's {@code socket.IPV6_DONTFRAG}, from {@code <netinet/in.h>}. */
    int IPV6_DONTFRAG = Constants.IPV6_DONTFRAG;
    /** Python's {@code socket.IPV6_DSTOPTS}, from {@code <netinet/in.h>}. */
    int IPV6_DSTOPTS = Constants.IPV6_DSTOPTS;
    /** Python's {@code socket.IPV6_HOPLIMIT}, from {@code <netinet/in.h>}. */
    int IPV6_HOPLIMIT = Constants.IPV6_HOPLIMIT;
    /** Python's {@code socket.IPV6_HOPOPTS}, from {@code <netinet/in.h>}. */
    int IPV6_HOPOPTS = Constants.IPV6_HOPOPTS;
    /** Python's {@code socket.IPV6_JOIN_GROUP}, from {@code <netinet/in.h>}. */
    int IPV6_JOIN_GROUP = Constants.IPV6_JOIN_GROUP;
    /** Python's {@code socket.IPV6_LEAVE_GROUP}, from {@code <netinet/in.h>}. */
    int IPV6_LEAVE_GROUP = Constants.IPV6_LEAVE_GROUP;
    /** Python's {@code socket.IPV6_MULTICAST_HOPS}, from {@code <netinet/in.h>}. */
    int IPV6_MULTICAST_HOPS = Constants.IPV6_MULTICAST_HOPS;
    /** Python's {@code socket.IPV6_MULTICAST_IF}, from {@code <netinet/in.h>}. */
    int IPV6_MULTICAST_IF = Constants.IPV6_MULTICAST_IF;
    /** Python's {@code socket.IPV6_MULTICAST_LOOP}, from {@code <netinet/in.h>}. */
    int IPV6_MULTICAST_LOOP = Constants.IPV6_MULTICAST_LOOP;
    /** Python's {@code socket.IPV6_NEXTHOP}, from {@code <netinet/in.h>}. */
    int IPV6_NEXTHOP = Constants.IPV6_NEXTHOP;
    /** Python's {@code socket.IPV6_PATHMTU}, from {@code <netinet/in.h>}. */
    int IPV6_PATHMTU = Constants.IPV6_PATHMTU;
    /** Python's {@code socket.IPV6_PKTINFO}, from {@code <netinet/in.h>}. */
    int IPV6_PKTINFO = Constants.IPV6_PKTINFO;
    /** Python's {@code socket.IPV6_RECVDSTOPTS}, from {@code <netinet/in.h>}. */
    int IPV6_RECVDSTOPTS = Constants.IPV6_RECVDSTOPTS;
    /** Python's {@code socket.IPV6_RECVHOPLIMIT}, from {@code <netinet/in.h>}. */
    int IPV6_RECVHOPLIMIT = Constants.IPV6_RECVHOPLIMIT;
    /** Python's {@code socket.IPV6_RECVHOPOPTS}, from {@code <netinet/in.h>}. */
    int IPV6_RECVHOPOPTS = Constants.IPV6_RECVHOPOPTS;
    /** Python's {@code socket.IPV6_RECVPATHMTU}, from {@code <netinet/in.h>}. */
    int IPV6_RECVPATHMTU = Constants.IPV6_RECVPATHMTU;
    /** Python's {@code socket.IPV6_RECVPKTINFO}, from {@code <netinet/in.h>}. */
    int IPV6_RECVPKTINFO = Constants.IPV6_RECVPKTINFO;
    /** Python's {@code socket.IPV6_RECVRTHDR}, from {@code <netinet/in.h>}. */
    int IPV6_RECVRTHDR = Constants.IPV6_RECVRTHDR;
    /** Python's {@code socket.IPV6_RECVTCLASS}, from {@code <netinet/in.h>}. */
    int IPV6_RECVTCLASS = Constants.IPV6_RECVTCLASS;
    /** Python's {@code socket.IPV6_RTHDR}, from {@code <netinet/in.h>}. */
    int IPV6_RTHDR = Constants.IPV6_RTHDR;
    /** Python's {@code socket.IPV6_RTHDRDSTOPTS}, from {@code <netinet/in.h>}. */
    int IPV6_RTHDRDSTOPTS = Constants.IPV6_RTHDRDSTOPTS;
    /** Python's {@code socket.IPV6_RTHDR_TYPE_0}, from {@code <netinet/in.h>}. */
    int IPV6_RTHDR_TYPE_0 = Constants.IPV6_RTHDR_TYPE_0;
    /** Python's {@code socket.IPV6_TCLASS}, from {@code <netinet/in.h>}. */
    int IPV6_TCLASS = Constants.IPV6_TCLASS;
    /** Python's {@code socket.IPV6_UNICAST_HOPS}, from {@code <netinet/in.h>}. */
    int IPV6_UNICAST_HOPS = Constants.IPV6_UNICAST_HOPS;
    /** Python's {@code socket.IPV6_V6ONLY}, from {@code <netinet/in.h>}. */
    int IPV6_V6ONLY = Constants.IPV6_V6ONLY;
    /** Python's {@code socket.IP_ADD_MEMBERSHIP}, from {@code <netinet/in.h>}. */
    int IP_ADD_MEMBERSHIP = Constants.IP_ADD_MEMBERSHIP;
    /** Python's {@code socket.IP_BIND_ADDRESS_NO_PORT}, from {@code <netinet/in.h>}. */
    int IP_BIND_ADDRESS_NO_PORT = Constants.IP_BIND_ADDRESS_NO_PORT;
    /** Python's {@code socket.IP_DEFAULT_MULTICAST_LOOP}, from {@code <netinet/in.h>}. */
    int IP_DEFAULT_MULTICAST_LOOP = Constants.IP_DEFAULT_MULTICAST_LOOP;
    /** Python's {@code socket.IP_DEFAULT_MULTICAST_TTL}, from {@code <netinet/in.h>}. */
    int IP_DEFAULT_MULTICAST_TTL = Constants.IP_DEFAULT_MULTICAST_TTL;
    /** Python's {@code socket.IP_DROP_MEMBERSHIP}, from {@code <netinet/in.h>}. */
    int IP_DROP_MEMBERSHIP = Constants.IP_DROP_MEMBERSHIP;
    /** Python's {@code socket.IP_HDRINCL}, from {@code <netinet/in.h>}. */
    int IP_HDRINCL = Constants.IP_HDRINCL;
    /** Python's {@code socket.IP_MAX_MEMBERSHIPS}, from {@code <netinet/in.h>}. */
    int IP_MAX_MEMBERSHIPS = Constants.IP_MAX_MEMBERSHIPS;
    /** Python's {@code socket.IP_MULTICAST_IF}, from {@code <netinet/in.h>}. */
    int IP_MULTICAST_IF = Constants.IP_MULTICAST_IF;
    /** Python's {@code socket.IP_MULTICAST_LOOP}, from {@code <netinet/in.h>}. */
    int IP_MULTICAST_LOOP = Constants.IP_MULTICAST_LOOP;
    /** Python's {@code socket.IP_MULTICAST_TTL}, from {@code <netinet/in.h>}. */
    int IP_MULTICAST_TTL = Constants.IP_MULTICAST_TTL;
    /** Python's {@code socket.IP_OPTIONS}, from {@code <netinet/in.h>}. */
    int IP_OPTIONS = Constants.IP_OPTIONS;
    /** Python's {@code socket.IP_RECVOPTS}, from {@code <netinet/in.h>}. */
    int IP_RECVOPTS = Constants.IP_RECVOPTS;
    /** Python's {@code socket.IP_RECVRETOPTS}, from {@code <netinet/in.h>}. */
    int IP_RECVRETOPTS = Constants.IP_RECVRETOPTS;
    /** Python's {@code socket.IP_RECVTOS}, from {@code <netinet/in.h>}. */
    int IP_RECVTOS = Constants.IP_RECVTOS;
    /** Python's {@code socket.IP_RETOPTS}, from {@code <netinet/in.h>}. */
    int IP_RETOPTS = Constants.IP_RETOPTS;
    /** Python's {@code socket.IP_TOS}, from {@code <netinet/in.h>}. */
    int IP_TOS = Constants.IP_TOS;
    /** Python's {@code socket.IP_TRANSPARENT}, from {@code <netinet/in.h>}. */
    int IP_TRANSPARENT = Constants.IP_TRANSPARENT;
    /** Python's {@code socket.IP_TTL}, from {@code <netinet/in.h>}. */
    int IP_TTL = Constants.IP_TTL;
    /** Python's {@code socket.J1939_EE_INFO_NONE}, from {@code <linux/can/j1939.h>}. */
    int J1939_EE_INFO_NONE = Constants.J1939_EE_INFO_NONE;
    /** Python's {@code socket.J1939_EE_INFO_TX_ABORT}, from {@code <linux/can/j1939.h>}. */
    int J1939_EE_INFO_TX_ABORT = Constants.J1939_EE_INFO_TX_ABORT;
    /** Python's {@code socket.J1939_FILTER_MAX}, from {@code <linux/can/j1939.h>}. */
    int J1939_FILTER_MAX = Constants.J1939_FILTER_MAX;
    /** Python's {@code socket.J1939_IDLE_ADDR}, from {@code <linux/can/j1939.h>}. */
    int J1939_IDLE_ADDR = Constants.J1939_IDLE_ADDR;
    /** Python's {@code socket.J1939_MAX_UNICAST_ADDR}, from {@code <linux/can/j1939.h>}. */
    int J1939_MAX_UNICAST_ADDR = Constants.J1939_MAX_UNICAST_ADDR;
    /** Python's {@code socket.J1939_NLA_BYTES_ACKED}, from {@code <linux/can/j1939.h>}. */
    int J1939_NLA_BYTES_ACKED = Constants.J1939_NLA_BYTES_ACKED;
    /** Python's {@code socket.J1939_NLA_PAD}, from {@code <linux/can/j1939.h>}. */
    int J1939_NLA_PAD = Constants.J1939_NLA_PAD;
    /** Python's {@code socket.J1939_NO_ADDR}, from {@code <linux/can/j1939.h>}. */
    int J1939_NO_ADDR = Constants.J1939_NO_ADDR;
    /** Python's {@code socket.J1939_NO_NAME}, from {@code <linux/can/j1939.h>}. */
    int J1939_NO_NAME = Constants.J1939_NO_NAME;
    /** Python's {@code socket.J1939_NO_PGN}, from {@code <linux/can/j1939.h>}. */
    int J1939_NO_PGN = Constants.J1939_NO_PGN;
    /** Python's {@code socket.J1939_PGN_ADDRESS_CLAIMED}, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_ADDRESS_CLAIMED = Constants.J1939_PGN_ADDRESS_CLAIMED;
    /** Python's {@code socket.J1939_PGN_ADDRESS_COMMANDED}, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_ADDRESS_COMMANDED = Constants.J1939_PGN_ADDRESS_COMMANDED;
    /** Python's {@code socket.J1939_PGN_MAX}, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_MAX = Constants.J1939_PGN_MAX;
    /** Python's {@code socket.J1939_PGN_PDU1_MAX}, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_PDU1_MAX = Constants.J1939_PGN_PDU1_MAX;
    /** Python's {@code socket.J1939_PGN_REQUEST}, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_REQUEST = Constants.J1939_PGN_REQUEST;
    /** Python's {@code socket.MSG_CMSG_CLOEXEC}, from {@code <sys/socket.h>}. */
    int MSG_CMSG_CLOEXEC = Constants.MSG_CMSG_CLOEXEC;
    /** Python's {@code socket.MSG_CONFIRM}, from {@code <sys/socket.h>}. */
    int MSG_CONFIRM = Constants.MSG_CONFIRM;
    /** Python's {@code socket.MSG_CTRUNC}, from {@code <sys/socket.h>}. */
    int MSG_CTRUNC = Constants.MSG_CTRUNC;
    /** Python's {@code socket.MSG_DONTROUTE}, from {@code <sys/socket.h>}. */
    int MSG_DONTROUTE = Constants.MSG_DONTROUTE;
    /** Python's {@code socket.MSG_DONTWAIT}, from {@code <sys/socket.h>}. */
    int MSG_DONTWAIT = Constants.MSG_DONTWAIT;
    /** Python's {@code socket.MSG_EOR}, from {@code <sys/socket.h>}. */
    int MSG_EOR = Constants.MSG_EOR;
    /** Python's {@code socket.MSG_ERRQUEUE}, from {@code <sys/socket.h>}. */
    int MSG_ERRQUEUE = Constants.MSG_ERRQUEUE;
    /** Python's {@code socket.MSG_FASTOPEN}, from {@code <sys/socket.h>}. */
    int MSG_FASTOPEN = Constants.MSG_FASTOPEN;
    /** Python's {@code socket.MSG_MORE}, from {@code <sys/socket.h>}. */
    int MSG_MORE = Constants.MSG_MORE;
    /** Python's {@code socket.MSG_NOSIGNAL}, from {@code <sys/socket.h>}. */
    int MSG_NOSIGNAL = Constants.MSG_NOSIGNAL;
    /** Python's {@code socket.MSG_OOB}, from {@code <sys/socket.h>}. */
    int MSG_OOB = Constants.MSG_OOB;
    /** Python's {@code socket.MSG_PEEK}, from {@code <sys/socket.h>}. */
    int MSG_PEEK = Constants.MSG_PEEK;
    /** Python's {@code socket.MSG_TRUNC}, from {@code <sys/socket.h>}. */
    int MSG_TRUNC = Constants.MSG_TRUNC;
    /** Python's {@code socket.MSG_WAITALL}, from {@code <sys/socket.h>}. */
    int MSG_WAITALL = Constants.MSG_WAITALL;
    /** Python's {@code socket.NETLINK_CRYPTO}, from {@code <linux/netlink.h>}. */
    int NETLINK_CRYPTO = Constants.NETLINK_CRYPTO;
    /** Python's {@code socket.NETLINK_DNRTMSG}, from {@code <linux/netlink.h>}. */
    int NETLINK_DNRTMSG = Constants.NETLINK_DNRTMSG;
    /** Python's {@code socket.NETLINK_FIREWALL}, from {@code <linux/netlink.h>}. */
    int NETLINK_FIREWALL = Constants.NETLINK_FIREWALL;
    /** Python's {@code socket.NETLINK_IP6_FW}, from {@code <linux/netlink.h>}. */
    int NETLINK_IP6_FW = Constants.NETLINK_IP6_FW;
    /** Python's {@code socket.NETLINK_NFLOG}, from {@code <linux/netlink.h>}. */
    int NETLINK_NFLOG = Constants.NETLINK_NFLOG;
    /** Python's {@code socket.NETLINK_ROUTE}, from {@code <linux/netlink.h>}. */
    int NETLINK_ROUTE = Constants.NETLINK_ROUTE;
    /** Python's {@code socket.NETLINK_USERSOCK}, from {@code <linux/netlink.h>}. */
    int NETLINK_USERSOCK = Constants.NETLINK_USERSOCK;
    /** Python's {@code socket.NETLINK_XFRM}, from {@code <linux/netlink.h>}. */
    int NETLINK_XFRM = Constants.NETLINK_XFRM;
    /** Python's {@code socket.NI_DGRAM}, from {@code <netdb.h>}. */
    int NI_DGRAM = Constants.NI_DGRAM;
    /** Python's {@code socket.NI_MAXHOST}, from {@code <netdb.h>}. */
    int NI_MAXHOST = Constants.NI_MAXHOST;
    /** Python's {@code socket.NI_MAXSERV}, from {@code <netdb.h>}. */
    int NI_MAXSERV = Constants.NI_MAXSERV;
    /** Python's {@code socket.NI_NAMEREQD}, from {@code <netdb.h>}. */
    int NI_NAMEREQD = Constants.NI_NAMEREQD;
    /** Python's {@code socket.NI_NOFQDN}, from {@code <netdb.h>}. */
    int NI_NOFQDN = Constants.NI_NOFQDN;
    /** Python's {@code socket.NI_NUMERICHOST}, from {@code <netdb.h>}. */
    int NI_NUMERICHOST = Constants.NI_NUMERICHOST;
    /** Python's {@code socket.NI_NUMERICSERV}, from {@code <netdb.h>}. */
    int NI_NUMERICSERV = Constants.NI_NUMERICSERV;
    /** Python's {@code socket.PACKET_BROADCAST}, from {@code <netpacket/packet.h>}. */
    int PACKET_BROADCAST = Constants.PACKET_BROADCAST;
    /** Python's {@code socket.PACKET_FASTROUTE}, from {@code <netpacket/packet.h>}. */
    int PACKET_FASTROUTE = Constants.PACKET_FASTROUTE;
    /** Python's {@code socket.PACKET_HOST}, from {@code <netpacket/packet.h>}. */
    int PACKET_HOST = Constants.PACKET_HOST;
    /** Python's {@code socket.PACKET_LOOPBACK}, from {@code <netpacket/packet.h>}. */
    int PACKET_LOOPBACK = Constants.PACKET_LOOPBACK;
    /** Python's {@code socket.PACKET_MULTICAST}, from {@code <netpacket/packet.h>}. */
    int PACKET_MULTICAST = Constants.PACKET_MULTICAST;
    /** Python's {@code socket.PACKET_OTHERHOST}, from {@code <netpacket/packet.h>}. */
    int PACKET_OTHERHOST = Constants.PACKET_OTHERHOST;
    /** Python's {@code socket.PACKET_OUTGOING}, from {@code <netpacket/packet.h>}. */
    int PACKET_OUTGOING = Constants.PACKET_OUTGOING;
    /** Python's {@code socket.PF_CAN}, from {@code <sys/socket.h>}. */
    int PF_CAN = Constants.PF_CAN;
    /** Python's {@code socket.PF_PACKET}, from {@code <sys/socket.h>}. */
    int PF_PACKET = Constants.PF_PACKET;
    /** Python's {@code socket.PF_RDS}, from {@code <sys/socket.h>}. */
    int PF_RDS = Constants.PF_RDS;
    /** Python's {@code socket.SCM_CREDENTIALS}, from {@code <sys/socket.h>}. */
    int SCM_CREDENTIALS = Constants.SCM_CREDENTIALS;
    /** Python's {@code socket.SCM_J1939_DEST_ADDR}, from {@code <linux/can/j1939.h>}. */
    int SCM_J1939_DEST_ADDR = Constants.SCM_J1939_DEST_ADDR;
    /** Python's {@code socket.SCM_J1939_DEST_NAME}, from {@code <linux/can/j1939.h>}. */
    int SCM_J1939_DEST_NAME = Constants.SCM_J1939_DEST_NAME;
    /** Python's {@code socket.SCM_J1939_ERRQUEUE}, from {@code <linux/can/j1939.h>}. */
    int SCM_J1939_ERRQUEUE = Constants.SCM_J1939_ERRQUEUE;
    /** Python's {@code socket.SCM_J1939_PRIO}, from {@code <linux/can/j1939.h>}. */
    int SCM_J1939_PRIO = Constants.SCM_J1939_PRIO;
    /** Python's {@code socket.SCM_RIGHTS}, from {@code <sys/socket.h>}. */
    int SCM_RIGHTS = Constants.SCM_RIGHTS;
    /** Python's {@code socket.SHUT_RD}, from {@code <sys/socket.h>}. */
    int SHUT_RD = Constants.SHUT_RD;
    /** Python's {@code socket.SHUT_RDWR}, from {@code <sys/socket.h>}. */
    int SHUT_RDWR = Constants.SHUT_RDWR;
    /** Python's {@code socket.SHUT_WR}, from {@code <sys/socket.h>}. */
    int SHUT_WR = Constants.SHUT_WR;
    /** Python's {@code socket.SOCK_CLOEXEC}, from {@code <sys/socket.h>}. */
    int SOCK_CLOEXEC = Constants.SOCK_CLOEXEC;
    /** Python's {@code socket.SOCK_DGRAM}, from {@code <sys/socket.h>}. */
    int SOCK_DGRAM = Constants.SOCK_DGRAM;
    /** Python's {@code socket.SOCK_NONBLOCK}, from {@code <sys/socket.h>}. */
    int SOCK_NONBLOCK = Constants.SOCK_NONBLOCK;
    /** Python's {@code socket.SOCK_RAW}, from {@code <sys/socket.h>}. */
    int SOCK_RAW = Constants.SOCK_RAW;
    /** Python's {@code socket.SOCK_RDM}, from {@code <sys/socket.h>}. */
    int SOCK_RDM = Constants.SOCK_RDM;
    /** Python's {@code socket.SOCK_SEQPACKET}, from {@code <sys/socket.h>}. */
    int SOCK_SEQPACKET = Constants.SOCK_SEQPACKET;
    /** Python's {@code socket.SOCK_STREAM}, from {@code <sys/socket.h>}. */
    int SOCK_STREAM = Constants.SOCK_STREAM;
    /** Python's {@code socket.SOL_ALG}, from {@code <sys/socket.h>}. */
    int SOL_ALG = Constants.SOL_ALG;
    /** Python's {@code socket.SOL_CAN_BASE}, from {@code <linux/can.h>}. */
    int SOL_CAN_BASE = Constants.SOL_CAN_BASE;
    /** Python's {@code socket.SOL_CAN_RAW}, from {@code <linux/can/raw.h>}. */
    int SOL_CAN_RAW = Constants.SOL_CAN_RAW;
    /** Python's {@code socket.SOL_IP}, from {@code <netinet/in.h>}. */
    int SOL_IP = Constants.SOL_IP;
    /** Python's {@code socket.SOL_RDS}, from {@code <sys/socket.h>}. */
    int SOL_RDS = Constants.SOL_RDS;
    /** Python's {@code socket.SOL_SOCKET}, from {@code <sys/socket.h>}. */
    int SOL_SOCKET = Constants.SOL_SOCKET;
    /** Python's {@code socket.SOL_TCP}, from {@code <netinet/tcp.h>}. */
    int SOL_TCP = Constants.SOL_TCP;
    /** Python's {@code socket.SOL_TIPC}, from {@code <sys/socket.h>}. */
    int SOL_TIPC = Constants.SOL_TIPC;
    /** Python's {@code socket.SOL_UDP}, from {@code <netinet/udp.h>}. */
    int SOL_UDP = Constants.SOL_UDP;
    /** Python's {@code socket.SOMAXCONN}, from {@code <sys/socket.h>}. */
    int SOMAXCONN = Constants.SOMAXCONN;
    /** Python's {@code socket.SO_ACCEPTCONN}, from {@code <sys/socket.h>}. */
    int SO_ACCEPTCONN = Constants.SO_ACCEPTCONN;
    /** Python's {@code socket.SO_BINDTODEVICE}, from {@code <sys/socket.h>}. */
    int SO_BINDTODEVICE = Constants.SO_BINDTODEVICE;
    /** Python's {@code socket.SO_BROADCAST}, from {@code <sys/socket.h>}. */
    int SO_BROADCAST = Constants.SO_BROADCAST;
    /** Python's {@code socket.SO_DEBUG}, from {@code <sys/socket.h>}. */
    int SO_DEBUG = Constants.SO_DEBUG;
    /** Python's {@code socket.SO_DOMAIN}, from {@code <sys/socket.h>}. */
    int SO_DOMAIN = Constants.SO_DOMAIN;
    /** Python's {@code socket.SO_DONTROUTE}, from {@code <sys/socket.h>}. */
    int SO_DONTROUTE = Constants.SO_DONTROUTE;
    /** Python's {@code socket.SO_ERROR}, from {@code <sys/socket.h>}. */
    int SO_ERROR = Constants.SO_ERROR;
    /** Python's {@code socket.SO_INCOMING_CPU}, from {@code <sys/socket.h>}. */
    int SO_INCOMING_CPU = Constants.SO_INCOMING_CPU;
    /** Python's {@code socket.SO_J1939_ERRQUEUE}, from {@code <linux/can/j1939.h>}. */
    int SO_J1939_ERRQUEUE = Constants.SO_J1939_ERRQUEUE;
    /** Python's {@code socket.SO_J1939_FILTER}, from {@code <linux/can/j1939.h>}. */
    int SO_J1939_FILTER = Constants.SO_J1939_FILTER;
    /** Python's {@code socket.SO_J1939_PROMISC}, from {@code <linux/can/j1939.h>}. */
    int SO_J1939_PROMISC = Constants.SO_J1939_PROMISC;
    /** Python's {@code socket.SO_J1939_SEND_PRIO}, from {@code <linux/can/j1939.h>}. */
    int SO_J1939_SEND_PRIO = Constants.SO_J1939_SEND_PRIO;
    /** Python's {@code socket.SO_KEEPALIVE}, from {@code <sys/socket.h>}. */
    int SO_KEEPALIVE = Constants.SO_KEEPALIVE;
    /** Python's {@code socket.SO_LINGER}, from {@code <sys/socket.h>}. */
    int SO_LINGER = Constants.SO_LINGER;
    /** Python's {@code socket.SO_MARK}, from {@code <sys/socket.h>}. */
    int SO_MARK = Constants.SO_MARK;
    /** Python's {@code socket.SO_OOBINLINE}, from {@code <sys/socket.h>}. */
    int SO_OOBINLINE = Constants.SO_OOBINLINE;
    /** Python's {@code socket.SO_PASSCRED}, from {@code <sys/socket.h>}. */
    int SO_PASSCRED = Constants.SO_PASSCRED;
    /** Python's {@code socket.SO_PASSSEC}, from {@code <sys/socket.h>}. */
    int SO_PASSSEC = Constants.SO_PASSSEC;
    /** Python's {@code socket.SO_PEERCRED}, from {@code <sys/socket.h>}. */
    int SO_PEERCRED = Constants.SO_PEERCRED;
    /** Python's {@code socket.SO_PEERSEC}, from {@code <sys/socket.h>}. */
    int SO_PEERSEC = Constants.SO_PEERSEC;
    /** Python's {@code socket.SO_PRIORITY}, from {@code <sys/socket.h>}. */
    int SO_PRIORITY = Constants.SO_PRIORITY;
    /** Python's {@code socket.SO_PROTOCOL}, from {@code <sys/socket.h>}. */
    int SO_PROTOCOL = Constants.SO_PROTOCOL;
    /** Python's {@code socket.SO_RCVBUF}, from {@code <sys/socket.h>}. */
    int SO_RCVBUF = Constants.SO_RCVBUF;
    /** Python's {@code socket.SO_RCVLOWAT}, from {@code <sys/socket.h>}. */
    int SO_RCVLOWAT = Constants.SO_RCVLOWAT;
    /** Python's {@code socket.SO_RCVTIMEO}, from {@code <sys/socket.h>}. */
    int SO_RCVTIMEO = Constants.SO_RCVTIMEO;
    /** Python's {@code socket.SO_REUSEADDR}, from {@code <sys/socket.h>}. */
    int SO_REUSEADDR = Constants.SO_REUSEADDR;
    /** Python's {@code socket.SO_REUSEPORT}, from {@code <sys/socket.h>}. */
    int SO_REUSEPORT = Constants.SO_REUSEPORT;
    /** Python's {@code socket.SO_SNDBUF}, from {@code <sys/socket.h>}. */
    int SO_SNDBUF = Constants.SO_SNDBUF;
    /** Python's {@code socket.SO_SNDLOWAT}, from {@code <sys/socket.h>}. */
    int SO_SNDLOWAT = Constants.SO_SNDLOWAT;
    /** Python's {@code socket.SO_SNDTIMEO}, from {@code <sys/socket.h>}. */
    int SO_SNDTIMEO = Constants.SO_SNDTIMEO;
    /** Python's {@code socket.SO_TYPE}, from {@code <sys/socket.h>}. */
    int SO_TYPE = Constants.SO_TYPE;
    /** Python's {@code socket.SO_VM_SOCKETS_BUFFER_MAX_SIZE}, from {@code <linux/vm_sockets.h>}. */
    int SO_VM_SOCKETS_BUFFER_MAX_SIZE = Constants.SO_VM_SOCKETS_BUFFER_MAX_SIZE;
    /** Python's {@code socket.SO_VM_SOCKETS_BUFFER_MIN_SIZE}, from {@code <linux/vm_sockets.h>}. */
    int SO_VM_SOCKETS_BUFFER_MIN_SIZE = Constants.SO_VM_SOCKETS_BUFFER_MIN_SIZE;
    /** Python's {@code socket.SO_VM_SOCKETS_BUFFER_SIZE}, from {@code <linux/vm_sockets.h>}. */
    int SO_VM_SOCKETS_BUFFER_SIZE = Constants.SO_VM_SOCKETS_BUFFER_SIZE;
    /** Python's {@code socket.TCP_CONGESTION}, from {@code <netinet/tcp.h>}. */
    int TCP_CONGESTION = Constants.TCP_CONGESTION;
    /** Python's {@code socket.TCP_CORK}, from {@code <netinet/tcp.h>}. */
    int TCP_CORK = Constants.TCP_CORK;
    /** Python's {@code socket.TCP_DEFER_ACCEPT}, from {@code <netinet/tcp.h>}. */
    int TCP_DEFER_ACCEPT = Constants.TCP_DEFER_ACCEPT;
    /** Python's {@code socket.TCP_FASTOPEN}, from {@code <netinet/tcp.h>}. */
    int TCP_FASTOPEN = Constants.TCP_FASTOPEN;
    /** Python's {@code socket.TCP_INFO}, from {@code <netinet/tcp.h>}. */
    int TCP_INFO = Constants.TCP_INFO;
    /** Python's {@code socket.TCP_KEEPCNT}, from {@code <netinet/tcp.h>}. */
    int TCP_KEEPCNT = Constants.TCP_KEEPCNT;
    /** Python's {@code socket.TCP_KEEPIDLE}, from {@code <netinet/tcp.h>}. */
    int TCP_KEEPIDLE = Constants.TCP_KEEPIDLE;
    /** Python's {@code socket.TCP_KEEPINTVL}, from {@code <netinet/tcp.h>}. */
    int TCP_KEEPINTVL = Constants.TCP_KEEPINTVL;
    /** Python's {@code socket.TCP_LINGER2}, from {@code <netinet/tcp.h>}. */
    int TCP_LINGER2 = Constants.TCP_LINGER2;
    /** Python's {@code socket.TCP_MAXSEG}, from {@code <netinet/tcp.h>}. */
    int TCP_MAXSEG = Constants.TCP_MAXSEG;
    /** Python's {@code socket.TCP_NODELAY}, from {@code <netinet/tcp.h>}. */
    int TCP_NODELAY = Constants.TCP_NODELAY;
    /** Python's {@code socket.TCP_NOTSENT_LOWAT}, from {@code <netinet/tcp.h>}. */
    int TCP_NOTSENT_LOWAT = Constants.TCP_NOTSENT_LOWAT;
    /** Python's {@code socket.TCP_QUICKACK}, from {@code <netinet/tcp.h>}. */
    int TCP_QUICKACK = Constants.TCP_QUICKACK;
    /** Python's {@code socket.TCP_SYNCNT}, from {@code <netinet/tcp.h>}. */
    int TCP_SYNCNT = Constants.TCP_SYNCNT;
    /** Python's {@code socket.TCP_USER_TIMEOUT}, from {@code <netinet/tcp.h>}. */
    int TCP_USER_TIMEOUT = Constants.TCP_USER_TIMEOUT;
    /** Python's {@code socket.TCP_WINDOW_CLAMP}, from {@code <netinet/tcp.h>}. */
    int TCP_WINDOW_CLAMP = Constants.TCP_WINDOW_CLAMP;
    /** Python's {@code socket.TIPC_ADDR_ID}, from {@code <linux/tipc.h>}. */
    int TIPC_ADDR_ID = Constants.TIPC_ADDR_ID;
    /** Python's {@code socket.TIPC_ADDR_NAME}, from {@code <linux/tipc.h>}. */
    int TIPC_ADDR_NAME = Constants.TIPC_ADDR_NAME;
    /** Python's {@code socket.TIPC_ADDR_NAMESEQ}, from {@code <linux/tipc.h>}. */
    int TIPC_ADDR_NAMESEQ = Constants.TIPC_ADDR_NAMESEQ;
    /** Python's {@code socket.TIPC_CFG_SRV}, from {@code <linux/tipc.h>}. */
    int TIPC_CFG_SRV = Constants.TIPC_CFG_SRV;
    /** Python's {@code socket.TIPC_CLUSTER_SCOPE}, from {@code <linux/tipc.h>}. */
    int TIPC_CLUSTER_SCOPE = Constants.TIPC_CLUSTER_SCOPE;
    /** Python's {@code socket.TIPC_CONN_TIMEOUT}, from {@code <linux/tipc.h>}. */
    int TIPC_CONN_TIMEOUT = Constants.TIPC_CONN_TIMEOUT;
    /** Python's {@code socket.TIPC_CRITICAL_IMPORTANCE}, from {@code <linux/tipc.h>}. */
    int TIPC_CRITICAL_IMPORTANCE = Constants.TIPC_CRITICAL_IMPORTANCE;
    /** Python's {@code socket.TIPC_DEST_DROPPABLE}, from {@code <linux/tipc.h>}. */
    int TIPC_DEST_DROPPABLE = Constants.TIPC_DEST_DROPPABLE;
    /** Python's {@code socket.TIPC_HIGH_IMPORTANCE}, from {@code <linux/tipc.h>}. */
    int TIPC_HIGH_IMPORTANCE = Constants.TIPC_HIGH_IMPORTANCE;
    /** Python's {@code socket.TIPC_IMPORTANCE}, from {@code <linux/tipc.h>}. */
    int TIPC_IMPORTANCE = Constants.TIPC_IMPORTANCE;
    /** Python's {@code socket.TIPC_LOW_IMPORTANCE}, from {@code <linux/tipc.h>}. */
    int TIPC_LOW_IMPORTANCE = Constants.TIPC_LOW_IMPORTANCE;
    /** Python's {@code socket.TIPC_MEDIUM_IMPORTANCE}, from {@code <linux/tipc.h>}. */
    int TIPC_MEDIUM_IMPORTANCE = Constants.TIPC_MEDIUM_IMPORTANCE;
    /** Python's {@code socket.TIPC_NODE_SCOPE}, from {@code <linux/tipc.h>}. */
    int TIPC_NODE_SCOPE = Constants.TIPC_NODE_SCOPE;
    /** Python's {@code socket.TIPC_PUBLISHED}, from {@code <linux/tipc.h>}. */
    int TIPC_PUBLISHED = Constants.TIPC_PUBLISHED;
    /** Python's {@code socket.TIPC_SRC_DROPPABLE}, from {@code <linux/tipc.h>}. */
    int TIPC_SRC_DROPPABLE = Constants.TIPC_SRC_DROPPABLE;
    /** Python's {@code socket.TIPC_SUBSCR_TIMEOUT}, from {@code <linux/tipc.h>}. */
    int TIPC_SUBSCR_TIMEOUT = Constants.TIPC_SUBSCR_TIMEOUT;
    /** Python's {@code socket.TIPC_SUB_CANCEL}, from {@code <linux/tipc.h>}. */
    int TIPC_SUB_CANCEL = Constants.TIPC_SUB_CANCEL;
    /** Python's {@code socket.TIPC_SUB_PORTS}, from {@code <linux/tipc.h>}. */
    int TIPC_SUB_PORTS = Constants.TIPC_SUB_PORTS;
    /** Python's {@code socket.TIPC_SUB_SERVICE}, from {@code <linux/tipc.h>}. */
    int TIPC_SUB_SERVICE = Constants.TIPC_SUB_SERVICE;
    /** Python's {@code socket.TIPC_TOP_SRV}, from {@code <linux/tipc.h>}. */
    int TIPC_TOP_SRV = Constants.TIPC_TOP_SRV;
    /** Python's {@code socket.TIPC_WAIT_FOREVER}, from {@code <linux/tipc.h>}. */
    int TIPC_WAIT_FOREVER = Constants.TIPC_WAIT_FOREVER;
    /** Python's {@code socket.TIPC_WITHDRAWN}, from {@code <linux/tipc.h>}. */
    int TIPC_WITHDRAWN = Constants.TIPC_WITHDRAWN;
    /** Python's {@code socket.TIPC_ZONE_SCOPE}, from {@code <linux/tipc.h>}. */
    int TIPC_ZONE_SCOPE = Constants.TIPC_ZONE_SCOPE;
    /** Python's {@code socket.UDPLITE_RECV_CSCOV}, CPython's own value ({@code <netinet/udp.h>} lacks it). */
    int UDPLITE_RECV_CSCOV = Constants.UDPLITE_RECV_CSCOV;
    /** Python's {@code socket.UDPLITE_SEND_CSCOV}, CPython's own value ({@code <netinet/udp.h>} lacks it). */
    int UDPLITE_SEND_CSCOV = Constants.UDPLITE_SEND_CSCOV;
    /** Python's {@code socket.VMADDR_CID_ANY}, from {@code <linux/vm_sockets.h>}. */
    int VMADDR_CID_ANY = Constants.VMADDR_CID_ANY;
    /** Python's {@code socket.VMADDR_CID_HOST}, from {@code <linux/vm_sockets.h>}. */
    int VMADDR_CID_HOST = Constants.VMADDR_CID_HOST;
    /** Python's {@code socket.VMADDR_PORT_ANY}, from {@code <linux/vm_sockets.h>}. */
    int VMADDR_PORT_ANY = Constants.VMADDR_PORT_ANY;
    /** Python's {@code socket.VM_SOCKETS_INVALID_VERSION}, from {@code <linux/vm_sockets.h>}. */
    int VM_SOCKETS_INVALID_VERSION = Constants.VM_SOCKETS_INVALID_VERSION;
    /** Python's {@code socket.AI_DEFAULT}, from {@code <netdb.h>}. */
    int AI_DEFAULT = Constants.AI_DEFAULT;
    /** Python's {@code socket.AI_V4MAPPED_CFG}, from {@code <netdb.h>}. */
    int AI_V4MAPPED_CFG = Constants.AI_V4MAPPED_CFG;
    /** Python's {@code socket.AI_MASK}, from {@code <netdb.h>}. */
    int AI_MASK = Constants.AI_MASK;
    /** Python's {@code socket.EAI_BADHINTS}, from {@code <netdb.h>}. */
    int EAI_BADHINTS = Constants.EAI_BADHINTS;
    /** Python's {@code socket.EAI_PROTOCOL}, from {@code <netdb.h>}. */
    int EAI_PROTOCOL = Constants.EAI_PROTOCOL;
    /** Python's {@code socket.EAI_MAX}, from {@code <netdb.h>}. */
    int EAI_MAX = Constants.EAI_MAX;
    /** Python's {@code socket.SO_USELOOPBACK}, from {@code <sys/socket.h>}. */
    int SO_USELOOPBACK = Constants.SO_USELOOPBACK;
    /** Python's {@code socket.MSG_EOF}, from {@code <sys/socket.h>}. */
    int MSG_EOF = Constants.MSG_EOF;
    /** Python's {@code socket.SCM_CREDS}, from {@code <sys/socket.h>}. */
    int SCM_CREDS = Constants.SCM_CREDS;
    /** Python's {@code socket.AF_LINK}, from {@code <sys/socket.h>}. */
    int AF_LINK = Constants.AF_LINK;
    /** Python's {@code socket.AF_SYSTEM}, from {@code <sys/socket.h>}. */
    int AF_SYSTEM = Constants.AF_SYSTEM;
    /** Python's {@code socket.PF_SYSTEM}, from {@code <sys/socket.h>}. */
    int PF_SYSTEM = Constants.PF_SYSTEM;
    /** Python's {@code socket.SYSPROTO_CONTROL}, from {@code <sys/sys_domain.h>}. */
    int SYSPROTO_CONTROL = Constants.SYSPROTO_CONTROL;
    /** Python's {@code socket.LOCAL_PEERCRED}, from {@code <sys/un.h>}. */
    int LOCAL_PEERCRED = Constants.LOCAL_PEERCRED;
    /** Python's {@code socket.IPPROTO_GGP}, from {@code <netinet/in.h>}. */
    int IPPROTO_GGP = Constants.IPPROTO_GGP;
    /** Python's {@code socket.IPPROTO_IPV4}, from {@code <netinet/in.h>}. */
    int IPPROTO_IPV4 = Constants.IPPROTO_IPV4;
    /** Python's {@code socket.IPPROTO_XTP}, from {@code <netinet/in.h>}. */
    int IPPROTO_XTP = Constants.IPPROTO_XTP;
    /** Python's {@code socket.IPPROTO_HELLO}, from {@code <netinet/in.h>}. */
    int IPPROTO_HELLO = Constants.IPPROTO_HELLO;
    /** Python's {@code socket.IPPROTO_ND}, from {@code <netinet/in.h>}. */
    int IPPROTO_ND = Constants.IPPROTO_ND;
    /** Python's {@code socket.IPPROTO_EON}, from {@code <netinet/in.h>}. */
    int IPPROTO_EON = Constants.IPPROTO_EON;
    /** Python's {@code socket.IPPROTO_IPCOMP}, from {@code <netinet/in.h>}. */
    int IPPROTO_IPCOMP = Constants.IPPROTO_IPCOMP;
    /** Python's {@code socket.IPPROTO_MAX}, from {@code <netinet/in.h>}. */
    int IPPROTO_MAX = Constants.IPPROTO_MAX;
    /** Python's {@code socket.IP_RECVDSTADDR}, from {@code <netinet/in.h>}. */
    int IP_RECVDSTADDR = Constants.IP_RECVDSTADDR;
    /** Python's {@code socket.IPV6_USE_MIN_MTU}, from {@code <netinet/in.h>}. */
    int IPV6_USE_MIN_MTU = Constants.IPV6_USE_MIN_MTU;
    /** Python's {@code socket.TCP_CONNECTION_INFO}, from {@code <netinet/tcp.h>}. */
    int TCP_CONNECTION_INFO = Constants.TCP_CONNECTION_INFO;
    /** Python's {@code socket.TCP_KEEPALIVE}, from {@code <netinet/tcp.h>}. */
    int TCP_KEEPALIVE = Constants.TCP_KEEPALIVE;
}
