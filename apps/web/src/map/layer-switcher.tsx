import { SWITCHABLE_LAYERS } from './style';

interface LayerSwitcherProps {
  visible: Record<string, boolean>;
  onToggle: (id: string) => void;
}

/** Turns the map's layers on and off; large targets for a finger on a tablet. */
export function LayerSwitcher({ visible, onToggle }: LayerSwitcherProps) {
  return (
    <fieldset className="atlas-layers">
      <legend>图层</legend>
      {SWITCHABLE_LAYERS.map((layer) => (
        <label key={layer.id}>
          <input
            type="checkbox"
            data-layer={layer.id}
            checked={visible[layer.id] ?? true}
            onChange={() => onToggle(layer.id)}
          />
          {layer.label}
        </label>
      ))}
    </fieldset>
  );
}
