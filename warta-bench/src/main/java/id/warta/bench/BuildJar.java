package id.warta.bench;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * One build's {@code warta-bench.jar}, loaded in a class loader of its own whose parent is the
 * platform's, so that no class of the running jar leaks in: two builds' classes share names,
 * and live side by side in one JVM ({@link BuildComparison}, {@link IndexComparison}).
 */
final class BuildJar {
    private final ClassLoader loader;

    BuildJar(Path benchJar) throws MalformedURLException {
        loader = new URLClassLoader(new URL[] {benchJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    Class<?> load(String name) throws ClassNotFoundException {
        return loader.loadClass(name);
    }

    /** Runs {@code work} with this build's loader as the thread's context loader (resources, service lookups). */
    <T> T call(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }
}
