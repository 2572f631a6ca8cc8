/** The relation types of a relation-types.yaml text (the built-in types, for the cues and the dataset an import makes). */
import { relationTypeSchema } from '../schema';
import type { RelationTypeDef } from '../types';
import { parseYamlList } from '../yaml-source';

/** The valid types of the file; records that do not validate are left out (the validator reports them when the dataset is checked). */
export function relationTypesFromYaml(text: string): RelationTypeDef[] {
  const { items } = parseYamlList({ file: 'relation-types.yaml', text });
  return items.flatMap((item) => {
    const r = relationTypeSchema.safeParse(item.value);
    return r.success ? [r.data as RelationTypeDef] : [];
  });
}
