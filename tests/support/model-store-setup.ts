import { useModelStore } from '../../bot/engine/nlu/classifier';
import { diskModelStore } from '../../bot/runtime/modelStore';

// Every test file that trains the classifier loads the model the first one trained (the key is
// the corpus hash, so a changed corpus trains anew).
useModelStore(diskModelStore());
