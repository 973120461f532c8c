/**
 * A lessons path for teachers, in C's own shape on {@code dev.jnasocket.libc}, after the
 * examples of Beej's Guide to Network Programming, each page in {@code native-docs/lessons/}:
 * <ul>
 *   <li>{@link dev.jnasocket.lessons.L1_Echo}: a first echo, the eight calls;</li>
 *   <li>{@link dev.jnasocket.lessons.L2_ShowIp}: from names to addresses with {@code getaddrinfo};</li>
 *   <li>{@link dev.jnasocket.lessons.L3_ThreadServer}: many clients, a thread each (fork in a JVM);</li>
 *   <li>{@link dev.jnasocket.lessons.L4_SelectServer}: one thread for all, with {@code select};</li>
 *   <li>{@link dev.jnasocket.lessons.L5_PollServer}: the same with {@code poll} and a value-semantics {@code pollfd} array.</li>
 * </ul>
 * Run one with the jar alone: {@code java --enable-native-access=ALL-UNNAMED -Djnasocket.trace=true
 * -cp target/jna-socket.jar dev.jnasocket.lessons.L1_Echo} (the flag keeps JDK 24+'s native-access warning away).
 */
package dev.jnasocket.lessons;
