package id.warta.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording's CPU samples ({@code jdk.ExecutionSample}) and prints where the
 * time goes: methods by their own samples (self) and by the samples they are on the stack
 * for (total), counting only stacks that pass through a method whose name contains
 * {@code --under} (for example {@code Pipeline.analyze}).
 * <pre>
 * java -XX:StartFlightRecording=filename=/tmp/p.jfr,settings=profile -cp warta-bench.jar id.warta.bench.StageProfile ...
 * java -cp warta-bench.jar id.warta.bench.JfrHotspots /tmp/p.jfr --under id.warta --top 40
 * </pre>
 */
public final class JfrHotspots {
    private JfrHotspots() {
    }

    public static void main(String[] argv) throws IOException {
        Path file = Path.of(argv[0]);
        Args args = new Args(java.util.Arrays.copyOfRange(argv, 1, argv.length), "under", "top", "depth");
        String under = args.string("under", "");
        int top = args.integer("top", 40);
        int depth = args.integer("depth", 200);
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null) continue;
            List<String> frames = new ArrayList<>();
            for (RecordedFrame f : stack.getFrames()) {
                if (frames.size() >= depth) break;
                frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
            }
            if (!under.isEmpty() && frames.stream().noneMatch(f -> f.contains(under))) continue;
            samples++;
            if (!frames.isEmpty()) self.merge(frames.getFirst(), 1, Integer::sum);
            Set<String> seen = new HashSet<>(frames);
            for (String f : seen) total.merge(f, 1, Integer::sum);
        }
        System.out.printf("%d samples%s%n", samples, under.isEmpty() ? "" : " under " + under);
        print("self", self, samples, top);
        print("total", total, samples, top);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.printf("%n%s:%n", title);
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
