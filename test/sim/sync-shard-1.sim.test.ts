import { defineSimSuite } from './sim-suite';

// One of the simulation's shards; see sim-suite.ts for why the seeds are split over files.
defineSimSuite(1);
