package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented sports and film news: the channels and platforms a race or a film is shown on are bodies. */
class BroadcastPlatformsTest {
    @Test
    void channelsAndStreamingPlatformsAreBodies() {
        assertThat(EntitiesRead.named("""
                Balapan seri Valencia Minggu (9/11) Pukul 20.00 WIB Live Trans7 Link Live Streaming Vidio, Vision+, \
                dan SpoTV. Film drama itu tayang di Prime Video mulai pekan depan."""))
                .contains("Trans7/ORGANIZATION", "Vidio/ORGANIZATION", "Vision+/ORGANIZATION", "SpoTV/ORGANIZATION",
                        "Prime Video/ORGANIZATION");
    }

    @Test
    void aChannelSpacedOrNotIsOneBody() {
        assertThat(EntitiesRead.named("""
                Laga itu disiarkan langsung Trans 7 mulai pukul 19.00 WIB. Trans7 juga menayangkan siaran ulangnya esok pagi."""))
                .contains("Trans7/ORGANIZATION").doesNotContain("Trans 7/ORGANIZATION");
    }

    @Test
    void theMediaCompanyAndItsStreamingPlatformAreBodies() {
        assertThat(EntitiesRead.named("""
                Serial petualangan itu akan tayang eksklusif di Disney+ mulai bulan depan, dengan dua episode baru \
                setiap pekan."""))
                .contains("Disney+/ORGANIZATION").noneMatch(n -> n.startsWith("Disney/"));
        assertThat(EntitiesRead.named("""
                Studio film itu digugat Disney karena memakai tokoh kartun tanpa izin. Gugatan Disney diajukan pekan lalu."""))
                .contains("Disney/ORGANIZATION").noneMatch(n -> n.startsWith("Disney/PLACE") || n.startsWith("Disney/PERSON"));
    }
}
