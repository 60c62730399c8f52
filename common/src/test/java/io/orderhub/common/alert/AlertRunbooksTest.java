package io.orderhub.common.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.alert.notify.Notification;
import io.orderhub.common.alert.notify.NotificationText;
import io.orderhub.common.testing.ProjectTree;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every alert the suite can raise has a runbook section in docs/operations.md, and every message links it. The
 * alert names are read from the main sources of every module of the root pom ({@link AlertNamesInSources}), the
 * sections from the guide's headings (their ids as GitHub makes them), so adding an alert without its runbook fails
 * here.
 */
class AlertRunbooksTest {

    private static final Path ROOT = ProjectTree.root();
    private static final Path GUIDE = ROOT.resolve(AlertRunbooks.DEFAULT_DOCUMENT);
    private static final Instant T = Instant.parse("2026-11-11T02:00:00Z");

    @Test
    void everyAlertTheCodeCanRaiseHasARunbookSectionInTheOperationsGuide() {
        AlertNamesInSources scan = new AlertNamesInSources(mainSources());
        Set<String> anchors = anchors(ProjectTree.read(GUIDE));

        assertThat(scan.unresolved()).as("alert names the scan cannot tell").isEmpty();
        assertThat(scan.names()).as("alerts without a runbook section '### <AlertName>' in " + GUIDE)
                .filteredOn(name -> !anchors.contains(AlertRunbooks.anchor(name))).isEmpty();
    }

    @Test
    void theScanFindsAlertsNamedByLiteralsConstantsOfOtherClassesAndHelperParameters() {
        Set<String> names = new AlertNamesInSources(mainSources()).names();

        assertThat(names).contains("SyncLag", "NotifierFailing", "OrderEventsParked", "InboxBacklog",
                "SyncRunFailures", "SignatureMigration", "ApiChangeNotice");
    }

    @Test
    void anAlertAddedWithoutARunbookSectionIsReported() {
        AlertNamesInSources scan = new AlertNamesInSources(Map.of("Watch.java", """
                class Watch {
                    static final String STUCK = "ExportStuck";
                    void run() {
                        sink.post(Alert.firing(STUCK, Severity.WARNING, Map.of("shop", shop), "s", "", List.of(), now));
                        sink.post(shopAlert(shop, "ExportSlow", now));
                        sink.post(Alert.firing("SyncLag", Severity.WARNING, labels(a, b), "s", "", List.of(), now));
                    }
                    private Alert shopAlert(String shop, String name, Instant now) {
                        return Alert.firing(name, Severity.WARNING, Map.of("shop", shop), "", "", List.of(), now);
                    }
                }
                """));
        Set<String> anchors = anchors("# Guide\n## Runbooks\n### SyncLag\ntext\n```\n### ExportSlow\n```\n");

        assertThat(scan.names()).containsExactlyInAnyOrder("ExportStuck", "ExportSlow", "SyncLag");
        assertThat(scan.names()).filteredOn(name -> !anchors.contains(AlertRunbooks.anchor(name)))
                .containsExactlyInAnyOrder("ExportStuck", "ExportSlow");
    }

    @Test
    void anAlertNameTheScanCannotFollowIsReportedNotSkipped() {
        AlertNamesInSources scan = new AlertNamesInSources(Map.of("Watch.java", """
                class Watch {
                    void run() {
                        sink.post(Alert.firing(kinds.get(0), Severity.WARNING, Map.of(), "s", "", List.of(), now));
                        sink.post(new Alert(stored.name(), stored.severity(), stored.labels(), "", "", null, t, null));
                    }
                }
                """));

        assertThat(scan.names()).isEmpty();
        assertThat(scan.unresolved()).singleElement().asString().contains("Watch.java:3", "kinds.get(0)");
    }

    @Test
    void headingIdsAreMadeLikeGitHubsAndCodeBlocksAreNoHeadings() {
        Set<String> anchors = anchors("## Scaling out: more executors\n### `SyncLag`\n<a id=\"signature-switch\"></a>\n"
                + "```sh\n# not a heading\n```\n");

        assertThat(anchors).containsExactlyInAnyOrder("scaling-out-more-executors", "synclag", "signature-switch");
    }

    @Test
    void everyMessageFormatCarriesTheRunbookLineOfEachAlert() {
        AlertRunbooks runbooks = new AlertRunbooks("https://git.example.com/oms/blob/main/docs/operations.md");
        Alert lag = runbooks.linked(Alert.firing("SyncLag", Severity.WARNING, Map.of("shop", "1001"), "behind", "",
                List.of(), T));
        NotificationText text = new NotificationText(new Notification("ops", "k", null, List.of(lag), 1, false));
        String url = "https://git.example.com/oms/blob/main/docs/operations.md#synclag";

        assertThat(text.plainText()).contains("  Runbook: " + url + "\n");
        assertThat(text.markdown(4000)).contains("[Runbook](" + url + ")");
        assertThat(text.html()).contains("<a href=\"" + url + "\">Runbook</a>");
    }

    @Test
    void theRunbookIsLinkedOnceAfterTheAlertsOwnLinks() {
        AlertRunbooks runbooks = new AlertRunbooks(AlertRunbooks.DEFAULT_DOCUMENT);
        Alert notice = Alert.firing("ApiChangeNotice", Severity.WARNING, Map.of(), "", "",
                List.of(new Alert.Link("feed item", "https://open.jd.example/n/1")), T);

        Alert linked = runbooks.linked(runbooks.linked(notice));

        assertThat(linked.links()).extracting(Alert.Link::url)
                .containsExactly("https://open.jd.example/n/1", "docs/operations.md#apichangenotice");
        assertThat(linked.fingerprint()).isEqualTo(notice.fingerprint());
    }

    @Test
    void aRunbookAddressWithAFragmentFailsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> AlertHarness.properties(Map.of("runbook-url", "https://wiki.example.com/ops#top")))
                .hasStackTraceContaining("oms.alert.runbook-url: give the document's address without a #fragment");
    }

    /**
     * The ids a Markdown renderer gives the headings outside fenced code (GitHub's rule: lower case, punctuation
     * other than '-' and '_' dropped, spaces to '-'), and explicit {@code <a id="…">} anchors.
     */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new TreeSet<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher heading = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$").matcher(line);
            if (heading.matches()) {
                anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
            Matcher explicit = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"").matcher(line);
            while (explicit.find()) {
                anchors.add(explicit.group(1));
            }
        }
        return anchors;
    }

    /** file → text of the Java main sources of every module of the root pom. */
    private static Map<String, String> mainSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path file : ProjectTree.moduleFiles("src/main/java", Set.of())) {
            if (file.toString().endsWith(".java")) {
                sources.put(ProjectTree.relative(file), ProjectTree.read(file));
            }
        }
        return sources;
    }
}
