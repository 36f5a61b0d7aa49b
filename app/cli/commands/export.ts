// `vtopo export FILE -o OUT.svg|OUT.png`: a stub until the exporter lands.
import type { CliCommand } from '../io';

export const exportCommand: CliCommand = async (_args, io) => {
  io.stderr('vtopo export: not implemented yet\n');
  return 2;
};
