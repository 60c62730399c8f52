package io.orderhub.report.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Apache ECharts as shipped in its WebJar, read once from the classpath and inlined into every HTML report, so a
 * downloaded report draws its charts offline (no CDN, nothing fetched when opened). The text is checked for
 * {@code </script}, which would end the inline element early.
 */
public final class EchartsLibrary {

    public static final String VERSION = "5.5.0";
    public static final String RESOURCE = "META-INF/resources/webjars/echarts/" + VERSION + "/echarts.min.js";

    private final String script;

    private EchartsLibrary(String script) {
        this.script = script;
    }

    public static EchartsLibrary fromWebJar() {
        try (InputStream in = EchartsLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts WebJar (org.webjars:echarts:" + VERSION
                        + ") is not on the classpath: " + RESOURCE + " is missing");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (script.toLowerCase(Locale.ROOT).contains("</script")) {
                throw new IllegalStateException(RESOURCE + " contains '</script' and cannot be inlined");
            }
            return new EchartsLibrary(script);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e, e);
        }
    }

    public String script() {
        return script;
    }
}
