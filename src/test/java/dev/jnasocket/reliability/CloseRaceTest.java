package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.LaunchingConnector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A closer never touches an fd number it no longer owns. The race: close() marks the fd closed
 * while a call is in flight, the last call leaves and closes the number, another socket is given
 * it, and only then does the closer act on "its" fd. Unaided it shows once in ~300,000 closes;
 * here a debugger (JDI) stops the closer at the point it wakes the calls in flight, and the child
 * ({@link CloseRaceChild}) makes the rest happen while it is stopped.
 */
class CloseRaceTest {

    @Test
    @Timeout(60)
    void theCloserNeverActsOnANumberGivenToAnotherSocket() throws Exception {
        LaunchingConnector launcher = Bootstrap.virtualMachineManager().defaultConnector();
        Map<String, Connector.Argument> args = launcher.defaultArguments();
        args.get("main").setValue(CloseRaceChild.class.getName());
        args.get("options").setValue("-Xmx64m -cp " + ChildJvm.testClasspath());
        VirtualMachine vm = launcher.launch(args);
        Process child = vm.process();
        List<String> lines = new ArrayList<>();
        try {
            OutputStream toChild = child.getOutputStream();
            CompletableFuture.runAsync(() -> new BufferedReader(new InputStreamReader(child.getErrorStream())).lines().forEach(l -> { }));
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<ThreadReference> stopped = new CompletableFuture<>();
            ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
            prepare.addClassFilter("dev.jnasocket.SocketFd");
            prepare.enable();
            Thread events = new Thread(() -> handle(vm, stopped, toChild), "jdi events");
            events.setDaemon(true);
            events.start();
            vm.resume();
            for (String line; (line = out.readLine()) != null && !line.equals("done"); ) {
                lines.add(line);
                if (line.equals("resume")) {
                    stopped.get(10, TimeUnit.SECONDS).resume();
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(lines, hasItem("closing"));
        assertThat("the new pair got the closed socket's number while the closer was still to act on it",
                lines, hasItem("reused false"));
        assertThat("the closer disturbed the new pair", lines, hasItems("fresh 0 -> 2", "fresh 1 -> 2"));
    }

    /** Sets the breakpoint once the class is loaded; when the closer hits it, leaves it stopped and tells the child. */
    private static void handle(VirtualMachine vm, CompletableFuture<ThreadReference> stopped, OutputStream toChild) {
        try {
            for (;;) {
                EventSet set = vm.eventQueue().remove();
                for (Event e : set) {
                    if (e instanceof ClassPrepareEvent) {
                        ReferenceType t = ((ClassPrepareEvent) e).referenceType();
                        BreakpointRequest bp = vm.eventRequestManager()
                                .createBreakpointRequest(t.methodsByName("wakeBlockedCalls").get(0).location());
                        bp.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
                        bp.enable();
                    } else if (e instanceof BreakpointEvent) {
                        e.request().disable();
                        stopped.complete(((BreakpointEvent) e).thread());
                        toChild.write("paused\n".getBytes(StandardCharsets.US_ASCII));
                        toChild.flush();
                        continue; // the closer stays stopped until the child says "resume"
                    } else if (e instanceof VMDeathEvent || e instanceof VMDisconnectEvent) {
                        return;
                    }
                }
                if (!(set.iterator().next() instanceof BreakpointEvent)) {
                    set.resume();
                }
            }
        } catch (Exception gone) {
            stopped.completeExceptionally(gone);
        }
    }
}
