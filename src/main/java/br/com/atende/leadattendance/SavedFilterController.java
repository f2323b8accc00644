package br.com.atende.leadattendance;

import br.com.atende.leadattendance.SavedFilters.FilterView;
import br.com.atende.leadattendance.SavedFilters.NewFilter;
import br.com.atende.security.AtendeUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's saved filters over their list (seed 001 "filtros personalizados"). */
@RestController
@RequestMapping("/api/my-filters")
public class SavedFilterController {

  private final SavedFilters filters;

  public SavedFilterController(SavedFilters filters) {
    this.filters = filters;
  }

  @GetMapping
  public List<FilterView> mine(Authentication authentication) {
    return filters.mine(AtendeUser.of(authentication));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public FilterView save(@RequestBody NewFilter filter, Authentication authentication) {
    return filters.save(AtendeUser.of(authentication), filter);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable Long id, Authentication authentication) {
    filters.delete(AtendeUser.of(authentication), id);
  }
}
