package io.orderhub.common.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class WebhookNotifierIT extends NotifierContract {

    @Override
    Notifier notifier(String url) {
        return new WebhookNotifier("ops", http, url, SECRET);
    }

    @Override
    MockResponse okReply() {
        return new MockResponse.Builder().code(204).build();
    }

    @Override
    MockResponse refusal() {
        return new MockResponse.Builder().code(400).body("{\"error\":\"unknown receiver\"}").build();
    }

    @Override
    String refusalText() {
        return "HTTP 400 {\"error\":\"unknown receiver\"}";
    }

    @Test
    void postsAlertmanagerShapedJsonWithABearerToken() throws Exception {
        server.enqueue(okReply());
        Notification notification = sample();

        notifier(url()).send(notification);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + SECRET);
        String fp1 = notification.alerts().get(0).fingerprint();
        String fp2 = notification.alerts().get(1).fingerprint();
        assertThat(json(request)).isEqualTo(JSON.readTree("""
                {"version":"4","receiver":"ops","status":"firing","groupKey":"root:alertname=SyncLag;channel=TAOBAO;",
                 "truncatedAlerts":0,
                 "groupLabels":{"alertname":"SyncLag","channel":"TAOBAO"},
                 "commonLabels":{"alertname":"SyncLag","channel":"TAOBAO"},
                 "commonAnnotations":{},
                 "mergedGroups":1,"test":false,
                 "alerts":[
                  {"status":"firing",
                   "labels":{"alertname":"SyncLag","channel":"TAOBAO","severity":"warning","shop":"1001"},
                   "annotations":{"details":"cursor at 2026-11-11 09:35","summary":"TAOBAO shop 1001 is 25 min behind"},
                   "startsAt":"2026-11-11T01:40:00Z","endsAt":"0001-01-01T00:00:00Z",
                   "fingerprint":"%s",
                   "links":[{"title":"runbook","url":"https://wiki.example.com/sync-lag"}]},
                  {"status":"resolved",
                   "labels":{"alertname":"SyncLag","channel":"TAOBAO","severity":"critical","shop":"1002"},
                   "annotations":{"summary":"TAOBAO shop 1002 is 70 min behind"},
                   "startsAt":"2026-11-11T01:00:00Z","endsAt":"2026-11-11T01:55:00Z",
                   "fingerprint":"%s",
                   "links":[]}
                 ]}
                """.formatted(fp1, fp2)));
    }
}
