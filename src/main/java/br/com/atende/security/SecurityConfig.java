package br.com.atende.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for the agent pages, the Camunda webapps, /api and /engine-rest. Spring Security
 * authenticates (form login or HTTP Basic) against the engine's identity service; the webapps and
 * the engine REST API take that user through container-based authentication, so engine
 * authorization applies to what each user sees.
 */
@Configuration
public class SecurityConfig {

  private static final String REALM = "Atende";
  /**
   * Our pages load only their own scripts, styles and data. Inline styles stay allowed: the login
   * page has one and Chart.js sizes its canvas; inline scripts do not.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    RequestMatcher machineApis = new OrRequestMatcher(antMatcher("/api/**"), antMatcher("/engine-rest/**"));
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName(REALM);
    http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(antMatcher("/login"), antMatcher("/error"), antMatcher("/favicon.ico")).permitAll()
            // The WhatsApp provider calls it; LeadZapWebhookController checks its signature.
            .requestMatchers(antMatcher("/api/leadzap/webhook")).permitAll()
            // The demo profile's stand-in WhatsApp provider (absent elsewhere: 404).
            .requestMatchers(antMatcher("/demo/whatsapp/**")).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(basic))
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(basic, machineApis))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        // The Camunda webapps carry their own CSRF protection; /engine-rest is for integrators with
        // HTTP Basic; /api writes made with the session cookie must come from our pages
        // (SameOriginApiWrites), besides the cookie being SameSite=Strict.
        .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**"), antMatcher("/engine-rest/**"),
            antMatcher("/api/**"), antMatcher("/demo/whatsapp/**")))
        .addFilterAfter(new SameOriginApiWrites(), AnonymousAuthenticationFilter.class)
        .headers(headers -> headers
            .frameOptions(frame -> frame.sameOrigin())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
            // Camunda's webapps send their own policy (nonces, inline scripts); /engine-rest and the
            // API docs are not our pages either.
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new OrRequestMatcher(antMatcher("/camunda/**"), antMatcher("/engine-rest/**"),
                    antMatcher("/api/docs/**"), antMatcher("/swagger-ui/**"), antMatcher("/api/openapi/**"))),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
        .anonymous(Customizer.withDefaults());
    return http.build();
  }

  /** Camunda webapps (Tasklist, Cockpit, Admin) trust the user Spring Security signed in. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappContainerAuthentication() {
    return asSignedInUser(new ContainerBasedAuthenticationFilter(), "/camunda/*");
  }

  /** /engine-rest runs as the HTTP Basic user, so engine authorization is enforced there too. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return asSignedInUser(new ProcessEngineAuthenticationFilter(), "/engine-rest/*");
  }

  /** Runs after Spring Security and hands the engine the user it authenticated. */
  private static <F extends Filter> FilterRegistrationBean<F> asSignedInUser(F filter, String urlPattern) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns(urlPattern);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
