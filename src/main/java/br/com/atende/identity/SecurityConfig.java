package br.com.atende.identity;

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
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
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
        // The Camunda webapps carry their own CSRF protection; /api and /engine-rest are for
        // integrators with HTTP Basic, and the session cookie is SameSite=Strict.
        .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**"), antMatcher("/engine-rest/**"),
            antMatcher("/api/**"), antMatcher("/demo/whatsapp/**")))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
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
