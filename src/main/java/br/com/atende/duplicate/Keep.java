package br.com.atende.duplicate;

/** Which record the central team keeps ("verificar qual ficha deseja ser mantida"). */
public enum Keep {
  NEW,
  EXISTING
}
