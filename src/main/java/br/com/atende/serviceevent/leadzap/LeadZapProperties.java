package br.com.atende.serviceevent.leadzap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WhatsApp provider LeadZap talks to (WhatsApp Business Cloud API shape) and how its worker
 * retries: {@code atende.leadzap.*}.
 */
@ConfigurationProperties("atende.leadzap")
public record LeadZapProperties(
    @DefaultValue("http://localhost:8089/v19.0") String baseUrl,
    @DefaultValue("000000000000000") String phoneNumberId,
    @DefaultValue("") String token,
    /**
     * What the provider must echo when it verifies the webhook (GET hub.verify_token). No default:
     * required outside the demo profile, and without it every verification is refused.
     */
    @DefaultValue("") String verifyToken,
    /**
     * The Meta app secret: each webhook POST must carry X-Hub-Signature-256, its HMAC-SHA256 of the
     * body. Required outside the demo profile; only the demo takes unsigned posts, and only without it.
     */
    @DefaultValue("") String appSecret,
    /** The worker polls every atende.leadzap.poll-millis, read by its @Scheduled itself. */
    @DefaultValue("true") boolean workerEnabled,
    /** Attempts before the dispatch becomes an incident in Cockpit. */
    @DefaultValue("3") int maxAttempts,
    @DefaultValue("60000") long retryMillis) {}
