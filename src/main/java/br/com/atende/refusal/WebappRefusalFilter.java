package br.com.atende.refusal;

import br.com.atende.common.UserFacingException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the webapp's own engine API (/camunda/api/engine), which answers a
 * refused completion with 500 and the engine's wrapping ("Cannot submit task form ...: ENGINE-03051
 * ..."), and a denied one with the engine's English text. This answers with our refusal's own status
 * (400, 403, 409...) and the one body, whose message Tasklist shows to the agent.
 */
@Configuration
public class WebappRefusalFilter {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappRefusals() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
          chain.doFilter(request, response);
          return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (request.getAttribute(RefusalRecorder.REQUEST_ATTRIBUTE) instanceof UserFacingException refusal
            && buffered.getStatus() >= 400) {
          buffered.resetBuffer();
          RefusalBody.write(buffered, refusal);
        }
        buffered.copyBodyToResponse();
      }
    });
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }
}
