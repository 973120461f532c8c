package dev.jnasocket.libc;

import java.nio.ByteBuffer;

/**
 * {@code struct sockaddr_in}: an IPv4 address and port, 16 bytes on both OSes.
 * <pre>
 * sockaddr_in addr = new sockaddr_in();
 * addr.sin_port = htons(50007);                       // network byte order, as in C
 * inet_pton(AF_INET, "127.0.0.1", addr.sin_addr);
 * bind(fd, addr, addr.size());
 * </pre>
 * Python: the tuple {@code ('127.0.0.1', 50007)}.
 */
public final class sockaddr_in extends sockaddr {
    /** {@code sizeof(struct sockaddr_in)} on Linux and macOS. */
    public static final int SIZE = 16;

    /** {@code sin_family}: {@code AF_INET} of the running OS. */
    public int sin_family = Constants.AF_INET;
    /** {@code sin_port}: the port in network byte order (set it with {@code htons}). */
    public int sin_port;
    /** {@code sin_addr}: the 4 address bytes in network order ({@code inet_pton} fills them). */
    public final byte[] sin_addr = new byte[4];
    /** {@code sin_zero}: 8 bytes of padding that C code clears with {@code memset}; sent as they are. */
    public final byte[] sin_zero = new byte[8];

    /** An all-zero address ({@code INADDR_ANY}, port 0), like {@code memset(&addr, 0, sizeof addr)}. */
    public sockaddr_in() {}

    /**
     * C's {@code addr.sin_addr.s_addr}: the 4 address bytes as one word in network order, as
     * {@link LibC#inet_addr} returns it and {@code htonl(INADDR_LOOPBACK)} makes it.
     *
     * @return the word
     */
    public int s_addr() {
        return java.nio.ByteBuffer.wrap(sin_addr).order(java.nio.ByteOrder.nativeOrder()).getInt();
    }

    /**
     * C's {@code addr.sin_addr.s_addr = value}, e.g. {@code addr.s_addr(htonl(INADDR_ANY))} or
     * {@code addr.s_addr(inet_addr("10.12.110.57"))}.
     *
     * @param value the word in network order
     */
    public void s_addr(int value) {
        java.nio.ByteBuffer.wrap(sin_addr).order(java.nio.ByteOrder.nativeOrder()).putInt(value);
    }

    @Override
    public int family() {
        return sin_family;
    }

    @Override
    public int size(Os os) {
        return SIZE;
    }

    @Override
    public void encode(ByteBuffer b, Os os) {
        Args.room(b, 0, size(os), "encode");
        for (int i = 0; i < SIZE; i++) {
            b.put(i, (byte) 0);
        }
        putHeader(b, os, sin_family, SIZE);
        order(b).putShort(2, (short) sin_port);
        b.put(4, sin_addr, 0, 4);
        b.put(8, sin_zero, 0, 8);
    }

    @Override
    void read(ByteBuffer b, int len, Os os) {
        sin_family = family(b, os);
        sin_port = order(b).getShort(2) & 0xffff;
        b.get(4, sin_addr, 0, 4);
        b.get(8, sin_zero, 0, 8);
    }

    /** strace's form: {@code {sa_family=AF_INET, sin_port=htons(50007), sin_addr=inet_addr("127.0.0.1")}}. */
    @Override
    public String toString() {
        return "{sa_family=" + familyName() + ", sin_port=htons(" + LibC.ntohs(sin_port) + "), sin_addr=inet_addr(\""
                + Inet.ntop(Constants.AF_INET, sin_addr) + "\")}";
    }
}
