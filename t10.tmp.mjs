import { parse } from "./dist/index.js";
parse("1. Giao Sở Y tế\n".repeat(10000));
